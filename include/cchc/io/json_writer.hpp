// A JSON document written to a stream a piece at a time (issue 15): the writer
// lays out the envelope, objects and arrays nested in it, exactly as
// nlohmann-json's dump(2) would; each value and each array element is still
// serialised by nlohmann-json. Members must come in key order (nlohmann's
// objects are sorted maps), so the bytes equal those of building the whole
// document and dumping it: the writer throws std::logic_error when they do not.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cchc/io/cores.hpp"

namespace cchc::io {

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::ostream& out);
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  // "key": value, in the object open innermost
  void member(std::string_view key, const nlohmann::json& value);
  // Every member of `object`, in its (sorted) order.
  void members(const nlohmann::json& object);
  // "key": { members ... }, in the object open innermost
  void begin_object(std::string_view key);
  void end_object();
  // "key": [ element, element ... ], in the object open innermost
  void begin_array(std::string_view key);
  void element(const nlohmann::json& value);
  // element(make(0)) ... element(make(n - 1)), the same bytes, with make and
  // the serialising run on up to `threads` threads a block of elements at a
  // time, each block written in order as it is done: a long list (check's
  // 110,000 diagnostics, overdue's 79,000 items on the national corpus) is
  // not written by one core while the others wait. `make` is called from
  // several threads at once.
  void elements(std::size_t n, const std::function<nlohmann::json(std::size_t)>& make,
                unsigned threads = usable_cores());
  void end_array();
  // Whatever is still open closed, the outer brace and a final newline.
  void finish();

 private:
  // An object or array being written; the outer object is the first.
  struct Open {
    bool array = false;
    bool any = false;  // a member or element written: `{` or `[` is out
    std::string last_key;
  };
  void key(std::string_view k);
  void close(bool array);
  std::string indent() const { return std::string(2 * open_.size(), ' '); }
  std::ostream& out_;
  std::vector<Open> open_;
};

}  // namespace cchc::io
