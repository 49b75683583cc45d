// The small working repository `cchc init` writes: cchc.yaml, owners.yaml and
// one example plan for `year`, which `cchc check` accepts as it is.
#pragma once

#include <string>
#include <vector>

namespace cchc::load {

struct StarterFile {
  std::string path;  // relative to the new repository's folder
  std::string content;
};

std::vector<StarterFile> starter_repository(int year);

}  // namespace cchc::load
