// UTF-8 on top of utf8proc (utf8.hpp), and the decoding the other files of
// text/ share (codepoints.hpp).
//
// Everything decodes with utf8proc_iterate. An invalid sequence always
// consumes exactly one byte, so no function can stall on bad input; what each
// function makes of such a byte is stated in the header.
#include "cchc/text/utf8.hpp"

#include <utf8proc.h>

#include <array>
#include <cstdlib>
#include <memory>

#include "codepoints.hpp"

namespace cchc::text {

namespace {

const utf8proc_uint8_t* bytes_of(std::string_view s) {
  return reinterpret_cast<const utf8proc_uint8_t*>(s.data());
}

utf8proc_option_t options(int flags) {
  return static_cast<utf8proc_option_t>(flags);
}

}  // namespace

namespace detail {

Step decode_at(std::string_view s, std::size_t pos) {
  CodePoint cp = 0;
  const auto n =
      utf8proc_iterate(bytes_of(s) + pos, static_cast<utf8proc_ssize_t>(s.size() - pos), &cp);
  if (n <= 0) return {kReplacement, 1, false};
  return {cp, static_cast<std::size_t>(n), true};
}

CodePoints decode_lossy(std::string_view s) {
  CodePoints out;
  out.reserve(s.size());
  for_each_step(s, [&](const Step& step, std::size_t) { out.push_back(step.cp); });
  return out;
}

void append_utf8(std::string& out, CodePoint cp) {
  std::array<utf8proc_uint8_t, 4> buf{};
  const auto n = utf8proc_encode_char(cp, buf.data());
  out.append(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(n));
}

std::string encode(const CodePoints& cps) {
  std::string out;
  out.reserve(cps.size());
  for (const CodePoint cp : cps) append_utf8(out, cp);
  return out;
}

std::string sanitize(std::string_view s) {
  if (!find_invalid_utf8(s)) return std::string(s);
  return encode(decode_lossy(s));
}

// The buffer utf8proc allocates is freed here.
std::string map_utf8(std::string_view valid, int flags) {
  utf8proc_uint8_t* raw = nullptr;
  const auto n = utf8proc_map(bytes_of(valid), static_cast<utf8proc_ssize_t>(valid.size()), &raw,
                              options(flags));
  const std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(raw, &std::free);
  if (n < 0 || raw == nullptr) return std::string(valid);
  return std::string(reinterpret_cast<const char*>(raw), static_cast<std::size_t>(n));
}

CodePoints decompose_utf8(std::string_view valid, int flags) {
  const auto opts = options(flags | UTF8PROC_DECOMPOSE);
  CodePoints out(valid.size() + 16);
  auto n = utf8proc_decompose(bytes_of(valid), static_cast<utf8proc_ssize_t>(valid.size()),
                              out.data(), static_cast<utf8proc_ssize_t>(out.size()), opts);
  if (n > static_cast<utf8proc_ssize_t>(out.size())) {  // longer than the text: once more
    out.resize(static_cast<std::size_t>(n));
    n = utf8proc_decompose(bytes_of(valid), static_cast<utf8proc_ssize_t>(valid.size()), out.data(),
                           n, opts);
  }
  if (n < 0) return decode_lossy(valid);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string compose_to_utf8(CodePoints cps) {
  const auto n = utf8proc_normalize_utf32(cps.data(), static_cast<utf8proc_ssize_t>(cps.size()),
                                          options(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n >= 0) cps.resize(static_cast<std::size_t>(n));
  return encode(cps);
}

CodePoints decompose_char(CodePoint cp, int flags) {
  std::array<CodePoint, 32> buf{};
  int boundclass = 0;
  auto n = utf8proc_decompose_char(cp, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()),
                                   options(flags), &boundclass);
  if (n < 0) return {};
  if (static_cast<std::size_t>(n) <= buf.size()) return CodePoints(buf.begin(), buf.begin() + n);
  CodePoints big(static_cast<std::size_t>(n));
  boundclass = 0;
  n = utf8proc_decompose_char(cp, big.data(), n, options(flags), &boundclass);
  if (n < 0) return {};
  big.resize(static_cast<std::size_t>(n));
  return big;
}

bool is_space(CodePoint cp) {
  // Tabs, newlines and NEL are controls to Unicode but white space to people.
  if ((cp >= 0x09 && cp <= 0x0D) || cp == 0x85) return true;
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP;
}

bool is_mark(CodePoint cp) {
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
}

bool is_letter(CodePoint cp) {
  const auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL ||
         cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO;
}

bool is_plain_vowel(CodePoint lower) {
  return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' ||
         lower == 'y';
}

CodePoints collapse_space_cps(const CodePoints& cps) {
  CodePoints out;
  out.reserve(cps.size());
  bool pending = false;
  for (const CodePoint cp : cps) {
    if (is_space(cp)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(cp);
  }
  return out;
}

}  // namespace detail

using namespace detail;

Utf8Step decode_utf8(std::string_view s, std::size_t pos) {
  const Step step = decode_at(s, pos);
  return {static_cast<char32_t>(step.cp), step.length, step.valid};
}

std::optional<std::size_t> find_invalid_utf8(std::string_view s) {
  for (std::size_t pos = 0; pos < s.size();) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {  // ASCII, most of any file
      ++pos;
      continue;
    }
    const Step step = decode_at(s, pos);
    if (!step.valid) return pos;
    pos += step.length;
  }
  return std::nullopt;
}

bool nfc_quick_yes(std::string_view s) {
  const auto* p = bytes_of(s);
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    // U+0080..U+02FF: leads C2..CB.
    if (b >= 0xC2 && b <= 0xCB && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {
      i += 2;
      continue;
    }
    // U+1E00..U+1EFF and U+2010..U+20BF: leads E1 and E2 (never overlong or
    // surrogates).
    if ((b == 0xE1 || b == 0xE2) && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      const unsigned cp = ((b & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
      if ((cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2010 && cp <= 0x20BF)) {
        i += 3;
        continue;
      }
    }
    return false;
  }
  return true;
}

std::string to_nfc(std::string_view s) {
  if (nfc_quick_yes(s)) return std::string(s);
  if (find_invalid_utf8(s)) return std::string(s);
  return map_utf8(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

bool is_nfc(std::string_view s) {
  if (nfc_quick_yes(s)) return true;
  if (find_invalid_utf8(s)) return false;
  return to_nfc(s) == s;
}

std::string to_upper(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    if (step.valid)
      append_utf8(out, utf8proc_toupper(step.cp));
    else
      out += s[pos];
  });
  return to_nfc(out);
}

std::string fold_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (const CodePoint cp : decode_lossy(s)) {
    if (is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (cp == 0x0110 || cp == 0x0111) {
      out += 'd';  // đ has no decomposition, so stripping marks would keep it
    } else if (cp < 0x80) {
      out += static_cast<char>(ascii_lower(cp));
    } else {
      const int flags =
          UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_IGNORE;
      for (const CodePoint d : decompose_char(cp, flags)) append_utf8(out, d);
    }
  }
  return out;
}

int display_width(std::string_view s) {
  const std::string nfc = to_nfc(s);
  int width = 0;
  for_each_step(nfc, [&](const Step& step, std::size_t) {
    width += step.valid ? utf8proc_charwidth(step.cp) : 1;
  });
  return width;
}

int codepoint_count(std::string_view s) {
  int count = 0;
  for_each_step(s, [&](const Step&, std::size_t) { ++count; });
  return count;
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for_each_step(s, [&](const Step& step, std::size_t pos) {
    if (step.valid && is_space(step.cp)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out.append(s.substr(pos, step.length));
  });
  return out;
}

}  // namespace cchc::text
