#!/usr/bin/env python3
"""`cchc deadlines --format ics` read back by a real iCalendar parser.

Runs the binary on the bundled plans, parses the output with python3-icalendar
(Debian's package) and checks it event by event against the JSON output of the
same command: one all-day VEVENT per dated deadline, same days, same titles,
UIDs unique and stable across runs, and the RFC 5545 line rules (CRLF, lines
of at most 75 octets).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

failures = []
checks = 0


def check(cond, message):
    global checks
    checks += 1
    if not cond:
        failures.append(message)


def run(binary, *args):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    p = subprocess.run([binary, *args], env=env, capture_output=True, timeout=120)
    if p.returncode != 0:
        sys.exit(f"cchc {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()}")
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    opts = ap.parse_args()
    try:
        import icalendar
    except ImportError:
        print("test_ics: python3-icalendar is not installed (tests/install-deps.sh --test installs it)")
        print("ics: 0 passed, 1 failed")
        return 1

    common = ["deadlines", "--repo", os.path.join(ROOT, "plans"), "--as-of", "2026-01-01",
              "--from", "2017-01-01", "--to", "2031-12-31"]
    raw = run(opts.binary, *common, "--format", "ics")
    again = run(opts.binary, *common, "--format", "ics")
    items = json.loads(run(opts.binary, *common, "--format", "json"))["items"]

    check(raw == again, "two runs give different calendars")
    text = raw.decode("utf-8")
    check("\n" not in text.replace("\r\n", ""), "a line ends without CR")
    for n, line in enumerate(raw.split(b"\r\n"), 1):
        check(len(line) <= 75, f"line {n} is {len(line)} octets long")

    cal = icalendar.Calendar.from_ical(raw)
    check(str(cal.get("VERSION")) == "2.0", "VERSION is not 2.0")
    check(cal.get("PRODID") is not None, "no PRODID")
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    dated = [i for i in items if i["due"]]
    check(len(events) == len(dated), f"{len(events)} events for {len(dated)} dated deadlines")
    uids = [str(e.get("UID")) for e in events]
    check(len(set(uids)) == len(uids), "UIDs are not unique")
    for event, item in zip(events, dated):
        where = f"{item['plan']}/{item['task']}"
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        check(isinstance(start, datetime.date) and not isinstance(start, datetime.datetime),
              f"{where}: DTSTART is not an all-day date")
        check(start.isoformat() == item["due"], f"{where}: DTSTART {start} != due {item['due']}")
        check(end - start == datetime.timedelta(days=1), f"{where}: DTEND is not the next day")
        summary = str(event.get("SUMMARY"))
        check(summary == f"[{item['task']}] {item['title']}", f"{where}: SUMMARY {summary!r}")
        check(event.get("DTSTAMP") is not None, f"{where}: no DTSTAMP")
        check(item["plan"] in str(event.get("UID")), f"{where}: UID does not name the plan")

    # Moving the as-of day changes categories, not identities: same UIDs for the same deadlines.
    later = icalendar.Calendar.from_ical(run(opts.binary, *common[:3], "--as-of", "2026-12-31",
                                             *common[5:], "--format", "ics"))
    later_uids = {str(e.get("UID")) for e in later.walk() if e.name == "VEVENT"}
    # Occurrences of recurring rules after the earlier as-of day are new; every
    # event of the earlier calendar must keep its UID in the later one.
    check(set(uids) <= later_uids, f"UIDs change with the as-of day: {sorted(set(uids) - later_uids)[:3]}")

    for f in failures:
        print("FAIL", f)
    print(f"ics: {checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
