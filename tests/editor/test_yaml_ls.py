#!/usr/bin/env python3
"""Editor help in a repository made by `cchc init`: yaml-language-server (the
engine of VS Code's YAML extension, from the npm registry) is driven over its
stdio protocol on the example plan that init wrote, with an unknown key added
to a new task. The server must follow the file's `# yaml-language-server: $schema=`
line to the schema init wrote, report the unknown key, and offer `due` when
completing a key of the task.

Before that, the schemas built into cchc are checked byte for byte against
schemas/: those `cchc init` wrote, those `cchc schema --write DIR --force`
writes over an old file, and `cchc schema plan` (the golden cases list these
files by name only).

Usage: test_yaml_ls.py --binary build/cchc --yaml-ls PATH/yaml-language-server
"""
import argparse
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse


class Server:
    """A minimal LSP client: requests with ids, notifications, and replies to
    the server's own requests (workspace/configuration)."""

    SETTINGS = {"validate": True, "completion": True, "hover": True,
                "schemaStore": {"enable": False}, "schemas": {}}

    def __init__(self, command):
        self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            self.messages.put(json.loads(out.read(length)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=30):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m, timeout)["result"]

    def wait(self, match, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                m = self.messages.get(timeout=max(0.1, deadline - time.time()))
            except queue.Empty:
                break
            if "method" in m and "id" in m:  # the server asks something
                result = None
                if m["method"] == "workspace/configuration":
                    result = [{"yaml": self.SETTINGS}.get(i.get("section"), self.SETTINGS)
                              if i.get("section") == "yaml" else None
                              for i in m["params"]["items"]]
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": result})
                continue
            if match(m):
                return m
        raise TimeoutError("yaml-language-server did not answer")

    def close(self):
        try:
            self.request("shutdown", None, timeout=5)
            self.notify("exit", None)
        except Exception:
            pass
        self.proc.kill()
        self.proc.wait()


SCHEMAS = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))), "schemas")


def same_as_schemas(folder, what, failures):
    names = sorted(n for n in os.listdir(SCHEMAS) if n.endswith(".schema.json"))
    got = sorted(os.listdir(folder)) if os.path.isdir(folder) else []
    if got != names:
        failures.append(f"{what}: wrote {got}, expected {names}")
    for n in names:
        path = os.path.join(folder, n)
        if os.path.exists(path) and open(path, "rb").read() != open(os.path.join(SCHEMAS, n), "rb").read():
            failures.append(f"{what}: {n} differs from schemas/{n}")


def check_embedded_schemas(binary, tmp, failures):
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    with open(os.path.join(out, "plan.schema.json"), "w") as f:
        f.write("{}\n")
    subprocess.run([binary, "schema", "--write", out, "--force"], check=True, capture_output=True)
    same_as_schemas(out, "cchc schema --write --force", failures)
    printed = subprocess.run([binary, "schema", "plan"], check=True, capture_output=True).stdout
    if printed != open(os.path.join(SCHEMAS, "plan.schema.json"), "rb").read():
        failures.append("cchc schema plan differs from schemas/plan.schema.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--yaml-ls", default="")
    args = ap.parse_args()
    if not args.yaml_ls or not os.path.exists(args.yaml_ls):
        print("test_yaml_ls: yaml-language-server not found; tests/run.sh installs it with npm "
              "and passes -DCCHC_YAML_LS")
        return 1
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        repo = os.path.join(tmp, "kho")
        subprocess.run([os.path.abspath(args.binary), "init", repo, "--as-of", "2026-01-10"],
                       check=True, capture_output=True)
        same_as_schemas(os.path.join(repo, "schemas"), "cchc init", failures)
        check_embedded_schemas(os.path.abspath(args.binary), tmp, failures)
        path = os.path.join(repo, "plans", "ke-hoach-2026.yaml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        first_line = text.split("\n", 1)[0]
        if first_line != "# yaml-language-server: $schema=../schemas/plan.schema.json":
            failures.append(f"init wrote no schema line first: {first_line!r}")
        # A new last task being typed: a title, a key the schema does not know,
        # and the line where the next key goes (no `due` yet, so it is offered).
        if not text.rstrip("\n").split("\n")[-1].startswith("    "):
            failures.append("the example plan does not end with its tasks")
        text = text.rstrip("\n") + ('\n  - id: "4"\n    title: Nhiệm vụ mới\n'
                                    '    hanxu_ly: 2026\n    \n')
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        lines = text.split("\n")
        unknown_line = lines.index("    hanxu_ly: 2026")
        blank_line = unknown_line + 1

        uri = "file://" + urllib.parse.quote(path)
        server = Server(["node", args.yaml_ls, "--stdio"])
        try:
            server.request("initialize", {
                "processId": os.getpid(), "rootUri": "file://" + urllib.parse.quote(repo),
                "capabilities": {"workspace": {"configuration": True},
                                 "textDocument": {"completion": {"completionItem": {
                                     "snippetSupport": True}}}}})
            server.notify("initialized", {})
            server.notify("workspace/didChangeConfiguration", {"settings": {"yaml": Server.SETTINGS}})
            server.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "yaml", "version": 1, "text": text}})
            # Diagnostics come in several rounds (syntax first, then the schema's).
            found = []
            deadline = time.time() + 30
            while time.time() < deadline and not found:
                m = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri, timeout=deadline - time.time())
                found = [d for d in m["params"]["diagnostics"]
                         if "hanxu_ly" in d["message"] or d["range"]["start"]["line"] == unknown_line]
            if not found:
                failures.append("the unknown key hanxu_ly was not reported")
            elif found[0]["range"]["start"]["line"] != unknown_line:
                failures.append(f"the unknown key was reported on line {found[0]['range']}")
            result = server.request("textDocument/completion", {
                "textDocument": {"uri": uri}, "position": {"line": blank_line, "character": 4}})
            items = result["items"] if isinstance(result, dict) else (result or [])
            labels = [i["label"] for i in items]
            if "due" not in labels:
                failures.append(f"no `due` among the completions: {labels}")
        except TimeoutError as e:
            failures.append(str(e))
        finally:
            server.close()
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    print(f"test_yaml_ls: {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
