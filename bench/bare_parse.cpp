// The floor of issue 15: every YAML file under a folder parsed with yaml-cpp's
// YAML::LoadFile on N threads, and nothing else.
//
//     bare_parse DIR [THREADS]      (THREADS 0 or absent: one per core)
//
// Prints the number of files and of top-level keys read, so the work cannot
// be optimised away. Not part of cchc and not a test: bench/run.py runs it.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bare_parse DIR [THREADS]\n");
    return 2;
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(argv[1]))
    if (e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml"))
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  unsigned threads = argc > 2 ? static_cast<unsigned>(std::atoi(argv[2])) : 0;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());

  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> nodes{0};
  std::atomic<int> failed{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < files.size();) {
      try {
        nodes += YAML::LoadFile(files[i].string()).size();
      } catch (const YAML::Exception&) {
        ++failed;
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  std::printf("%zu files, %zu top-level entries, %d failed, %u threads\n", files.size(),
              nodes.load(), failed.load(), threads);
  return failed ? 1 : 0;
}
