// HTML for people: a Document as one self-contained page (inline CSS, inline
// SVG figures, no script, and a Content-Security-Policy that forbids fetching
// anything), laid out to print on A4: page breaks between sections, table
// headers repeated on every page, rows never split. Also the small pieces
// every HTML writer shares: escaping and the colors of the categories.
#pragma once

#include <string>
#include <string_view>

#include "cchc/engine/evaluate.hpp"

namespace cchc::render {

struct Document;

// & < > " ' as entities: for XML text and attribute values alike.
std::string xml_escape(std::string_view s);

// An SVG coordinate or length: one decimal, a dot ("12.0", "440.5").
std::string svg_number(double v);

// The color of a category in every chart (schedule marks, report bars).
std::string_view category_color(engine::Category c);

std::string document_html(const Document& d);

}  // namespace cchc::render
