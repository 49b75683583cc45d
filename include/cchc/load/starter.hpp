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

// A report file to start from (`cchc report --init-meta`): every key of
// reports/<period>.yaml with what to write in it, the number, day and signer
// left empty so that the report stays a draft until they are filled in.
// `period` is "2026-Q3", `period_words` "quý III năm 2026", `next_words` the
// next period's ("quý tới").
std::string starter_report_meta(const std::string& period, const std::string& period_words,
                                const std::string& next_words);

}  // namespace cchc::load
