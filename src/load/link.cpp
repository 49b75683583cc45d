// Resolving owner references across files: every lead, support and target
// owner of every plan against the owners files.
#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "cchc/load/repository.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/text/unicode.hpp"

namespace cchc::load {

using diag::Rule;
using namespace cchc::model;

namespace {

class Linker {
 public:
  Linker(const OwnerIndex& index, diag::Diagnostics& diags) : index_(index), diags_(diags) {}

  void link_plan(Plan& plan) {
    plan_ = &plan;
    resolved_ = &resolved_by_scope_[plan.scope];
    link_tasks(plan.tasks);
    for (auto& t : plan.targets) {
      if (!t.owner.text.empty()) link_one(t.owner, true);
      for (auto& a : t.actuals)
        if (!a.owner.text.empty()) link_one(a.owner, true);
      if (t.baseline && !t.baseline->owner.text.empty()) link_one(t.baseline->owner, true);
    }
  }

 private:
  // What the index says of a text in the plan's scope, and the owner's id
  // interned, computed once: a national repository names the same few
  // hundred agencies hundreds of thousands of times, and each lookup folds
  // the name (text::name_key) afresh. Keyed by the interned text, one table
  // per scope.
  struct Resolved {
    const Owner* owner = nullptr;
    text::Interned id;
  };

  const Resolved& resolve(const text::Interned& text) {
    auto [it, added] = resolved_->try_emplace(text);
    if (added) {
      it->second.owner = index_.resolve(text.str(), plan_->scope);
      if (it->second.owner) it->second.id = it->second.owner->id;
    }
    return it->second;
  }

  const std::vector<OwnerIndex::Suggestion>& suggest(const std::string& text) {
    std::string key = plan_->scope;
    key += '\0';
    key += text;
    auto it = suggested_.find(key);
    if (it == suggested_.end())
      it = suggested_.emplace(std::move(key), index_.suggest(text, plan_->scope)).first;
    return it->second;
  }

  void link_tasks(std::vector<Task>& tasks) {
    for (auto& t : tasks) {
      // Inherited references were reported on the parent already.
      link_list(t.lead, !t.lead_inherited);
      link_list(t.support, !t.support_inherited);
      link_tasks(t.tasks);
    }
  }

  // The owner `ref` names, its id set; or null.
  const Owner* link_one(OwnerRef& ref, bool report) {
    const Resolved& r = resolve(ref.text);
    if (r.owner) {
      ref.resolved_id = r.id;
      if (report) check_active(ref, *r.owner);
      return r.owner;
    }
    if (report) report_unknown(ref, {});
    return nullptr;
  }

  void link_list(std::vector<OwnerRef>& refs, bool report) {
    for (std::size_t i = 0; i < refs.size(); ++i) {
      if (const Owner* o = link_one(refs[i], false)) {
        if (report) check_active(refs[i], *o);
        continue;
      }
      // "UBND các xã, phường, thị trấn" in a flow list is three items; see
      // whether neighbours joined by ", " form a known name.
      // Take the longest run that forms a known name: "Các sở, ban, ngành" may
      // be an alias while "Các sở, ban, ngành tỉnh" is the full name.
      std::string joined = refs[i].text.str(), best_joined;
      std::size_t j = i;
      const Owner* found = nullptr;
      text::Interned found_id;
      for (std::size_t k = i + 1; k < refs.size(); ++k) {
        joined += ", " + refs[k].text.str();
        if (const Resolved& r = resolve(text::Interned(joined)); r.owner) {
          found = r.owner;
          found_id = r.id;
          j = k + 1;
          best_joined = joined;
        }
      }
      joined = best_joined;
      if (found) {
        for (std::size_t k = i; k < j; ++k) refs[k].resolved_id = found_id;
        if (report)
          diags_.add(Rule::unknown_owner, refs[i].where,
                     {diag::Msg::owner_split_by_commas, {refs[i].text.str(), joined, j - i}},
                     {diag::Msg::owner_quote_hint, {joined}});
        i = j - 1;
        continue;
      }
      if (report) report_unknown(refs[i], {});
    }
  }

  void report_unknown(const OwnerRef& ref, diag::Message hint) {
    // Mojibake was reported as legacy-encoding already; the owner is not unknown, its text is
    // broken.
    if (text::detect_legacy_encoding(ref.text)) return;
    const auto& near = suggest(ref.text);
    diag::Message msg(diag::Msg::owner_unknown, {ref.text.str()});
    if (!near.empty()) {
      std::string vi, en;
      for (std::size_t i = 0; i < near.size(); ++i) {
        const bool last = i + 1 == near.size();
        const std::string one =
            fmt::format("\"{}\" ({})", near[i].spelling, near[i].owner->local_id);
        vi += (i == 0 ? "" : (last ? " hoặc " : ", ")) + one;
        en += (i == 0 ? "" : (last ? " or " : ", ")) + one;
      }
      msg = diag::Message(diag::Msg::owner_unknown_suggest,
                          {ref.text.str(), diag::Message::both(vi, en)});
    }
    if (hint.empty())
      hint = plan_->scope.empty()
                 ? diag::Message(diag::Msg::owner_unknown_hint)
                 : diag::Message(diag::Msg::owner_unknown_scope_hint, {plan_->scope});
    diags_.add(Rule::unknown_owner, ref.where, msg, hint);
  }

  void check_active(const OwnerRef& ref, const Owner& o) {
    const PlanPeriod& p = plan_->period;
    bool ended = o.until && *o.until < p.from;
    bool not_yet = o.from && *o.from > p.to;
    if (!ended && !not_yet) return;
    diags_.add(Rule::owner_not_active, ref.where,
               ended ? diag::Message(diag::Msg::owner_ceased, {o.name, iso(*o.until), iso(p.from)})
                     : diag::Message(diag::Msg::owner_not_yet, {o.name, iso(*o.from), iso(p.to)}),
               diag::Message(diag::Msg::owner_not_active_hint));
  }

  const OwnerIndex& index_;
  std::unordered_map<std::string, std::unordered_map<text::Interned, Resolved>> resolved_by_scope_;
  std::unordered_map<text::Interned, Resolved>* resolved_ = nullptr;  // the current plan's scope
  std::unordered_map<std::string, std::vector<OwnerIndex::Suggestion>> suggested_;
  diag::Diagnostics& diags_;
  Plan* plan_ = nullptr;
};

}  // namespace

void link_owners(Repository& repo, diag::Diagnostics& diags) {
  std::map<std::string, const Owner*> seen;
  for (const auto& o : repo.owners) {
    auto [it, inserted] = seen.emplace(o.id, &o);
    if (!inserted)
      diags.add(Rule::duplicate_id, o.where,
                {diag::Msg::owner_id_twice,
                 {o.id, fmt::format("{}:{}", it->second->where.file, it->second->where.line)}},
                diag::Message(diag::Msg::owner_id_twice_hint));
  }
  OwnerIndex index(repo.owners);
  Linker linker(index, diags);
  for (auto& plan : repo.plans) linker.link_plan(plan);
}

}  // namespace cchc::load
