#include "cchc/text/interned.hpp"

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace cchc::text {

namespace {
const std::string kEmpty;
}  // namespace

// The strings live in a node-based map, so they never move; number i (from 1)
// points at its string from chunks[i / kChunk][i % kChunk]. A chunk, once
// made, never moves either, so reading needs no lock: a number is only ever
// read by a thread it was handed to, after the lock that made it.
struct InternTable::Impl {
  static constexpr std::size_t kChunk = 4096;
  static constexpr std::size_t kChunks = 16384;  // 67 million strings

  std::mutex lock;
  std::map<std::string, std::uint32_t, std::less<>> numbers;
  std::array<std::unique_ptr<const std::string*[]>, kChunks> chunks;
  std::size_t next = 1;
};

InternTable::InternTable() : impl_(new Impl) {}
InternTable::~InternTable() {
  delete impl_;
}

std::uint32_t InternTable::intern(std::string_view s) {
  if (s.empty()) return 0;
  std::lock_guard<std::mutex> hold(impl_->lock);
  if (auto it = impl_->numbers.find(s); it != impl_->numbers.end()) return it->second;
  const std::size_t n = impl_->next;
  if (n / Impl::kChunk >= Impl::kChunks) throw std::length_error("too many interned strings");
  auto& chunk = impl_->chunks[n / Impl::kChunk];
  if (!chunk) chunk = std::make_unique<const std::string*[]>(Impl::kChunk);
  auto it = impl_->numbers.emplace(std::string(s), static_cast<std::uint32_t>(n)).first;
  chunk[n % Impl::kChunk] = &it->first;
  ++impl_->next;
  return static_cast<std::uint32_t>(n);
}

const std::string& InternTable::str(std::uint32_t n) const {
  if (n == 0) return kEmpty;
  return *impl_->chunks[n / Impl::kChunk][n % Impl::kChunk];
}

InternTable& shared_texts() {
  // Never destroyed: values may be read by destructors of other statics.
  static InternTable* table = new InternTable;
  return *table;
}

}  // namespace cchc::text
