// Task status words in English and Vietnamese, with or without diacritics.
#include <catch2/catch.hpp>

#include "cchc/model/status.hpp"

using cchc::model::parse_status;
using cchc::model::Status;
using cchc::model::status_name;

TEST_CASE("status names round-trip", "[status]") {
  for (auto s :
       {Status::planned, Status::in_progress, Status::blocked, Status::done, Status::cancelled})
    CHECK(parse_status(status_name(s)) == s);
  CHECK(status_name(Status::in_progress) == "in-progress");
  CHECK(status_name(Status::cancelled) == "cancelled");
}

TEST_CASE("English status words in any case and spelling", "[status]") {
  CHECK(parse_status("planned") == Status::planned);
  CHECK(parse_status("In-Progress") == Status::in_progress);
  CHECK(parse_status("in progress") == Status::in_progress);
  CHECK(parse_status("in_progress") == Status::in_progress);
  CHECK(parse_status("IN  PROGRESS") == Status::in_progress);
  CHECK(parse_status(" done ") == Status::done);
  CHECK(parse_status("Blocked") == Status::blocked);
  CHECK(parse_status("canceled") == Status::cancelled);
}

TEST_CASE("Vietnamese status words", "[status]") {
  CHECK(parse_status("chưa thực hiện") == Status::planned);
  CHECK(parse_status("Chưa thực hiện") == Status::planned);
  CHECK(parse_status("đang thực hiện") == Status::in_progress);
  CHECK(parse_status("Đang thực hiện") == Status::in_progress);
  CHECK(parse_status("vướng mắc") == Status::blocked);
  CHECK(parse_status("Hoàn thành") == Status::done);
  CHECK(parse_status("đã hoàn thành") == Status::done);
  CHECK(parse_status("hủy") == Status::cancelled);
  CHECK(parse_status("huỷ") == Status::cancelled);  // old tone placement
  CHECK(parse_status("Đã hủy") == Status::cancelled);
  CHECK(parse_status("không thực hiện") == Status::cancelled);
}

TEST_CASE("Vietnamese status words without diacritics or decomposed", "[status]") {
  CHECK(parse_status("da hoan thanh") == Status::done);
  CHECK(parse_status("hoan thanh") == Status::done);
  CHECK(parse_status("dang thuc hien") == Status::in_progress);
  CHECK(parse_status("chua thuc hien") == Status::planned);
  CHECK(parse_status("vuong mac") == Status::blocked);
  CHECK(parse_status("huy") == Status::cancelled);
  CHECK(parse_status("khong thuc hien") == Status::cancelled);
  // "Hoàn thành" typed in NFD: base letters followed by combining marks.
  CHECK(parse_status("Hoa\xcc\x80n tha\xcc\x80nh") == Status::done);
}

TEST_CASE("unknown status words", "[status]") {
  CHECK_FALSE(parse_status(""));
  CHECK_FALSE(parse_status("   "));
  CHECK_FALSE(parse_status("finished"));
  CHECK_FALSE(parse_status("hoàn"));
  CHECK_FALSE(parse_status("in-progress-done"));
  CHECK_FALSE(parse_status("doing"));
}
