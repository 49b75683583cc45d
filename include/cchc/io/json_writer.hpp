// A JSON document written to a stream a piece at a time (issue 15): the writer
// lays out the envelope, one object and its arrays, exactly as nlohmann-json's
// dump(2) would; each value and each array element is still serialised by
// nlohmann-json. Members must come in key order (nlohmann's objects are sorted
// maps), so the bytes equal those of building the whole document and dumping
// it: the writer throws std::logic_error when they do not.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>

namespace cchc::io {

class JsonObjectWriter {
 public:
  explicit JsonObjectWriter(std::ostream& out);
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;

  // "key": value
  void member(std::string_view key, const nlohmann::json& value);
  // Every member of `object`, in its (sorted) order.
  void members(const nlohmann::json& object);
  // "key": [ element, element ... ]
  void begin_array(std::string_view key);
  void element(const nlohmann::json& value);
  void end_array();
  // The closing brace and a final newline.
  void finish();

 private:
  void key(std::string_view k);
  std::ostream& out_;
  std::string last_key_;
  bool any_member_ = false;
  bool in_array_ = false;
  bool any_element_ = false;
};

}  // namespace cchc::io
