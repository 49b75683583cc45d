// The cores this process may run on (cores.hpp).
#include "cchc/io/cores.hpp"

#include <sched.h>

#include <algorithm>
#include <thread>

namespace cchc::io {

unsigned usable_cores() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace cchc::io
