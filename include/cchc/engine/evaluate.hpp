// As-of evaluation: every deadline of every leaf task (each item of a list,
// each occurrence of a recurring rule up to the as-of day plus the next one)
// placed in exactly one category of cli.md section 3, with days overdue.
// Pure computation: no printing, no clock (the day comes in as `as_of`).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "cchc/engine/calendar.hpp"
#include "cchc/model/owners.hpp"
#include "cchc/model/plan.hpp"

namespace cchc::engine {

enum class Category {
  done_on_time,
  done_late,
  overdue,
  due_soon,
  on_track,
  no_deadline,
  cancelled
};
constexpr std::size_t kCategoryCount = 7;

std::string_view category_name(Category c);  // "done-on-time", ...
const std::array<Category, kCategoryCount>& all_categories();

// Which part an agency named by --owner plays in the tasks it selects.
enum class Role { lead, support, any };
std::optional<Role> role_from_name(std::string_view name);  // "lead", "support", "any"

// Ids in the order given, with a hashed lookup: the plans a command covers
// are asked about once per task, and a national repository has thousands of
// plans in force (a linear search per task was a tenth of `cchc status`).
class IdList {
 public:
  IdList() = default;
  IdList(std::vector<std::string> ids) {  // NOLINT: implicit, as the vector it replaces
    for (auto& id : ids) push_back(std::move(id));
  }
  IdList(std::initializer_list<std::string> ids) : IdList(std::vector<std::string>(ids)) {}
  void push_back(std::string id) {
    if (set_.insert(id).second) ids_.push_back(std::move(id));
  }
  void clear() {
    ids_.clear();
    set_.clear();
  }
  bool contains(const std::string& id) const { return set_.count(id) != 0; }
  bool empty() const { return ids_.empty(); }
  std::size_t size() const { return ids_.size(); }
  auto begin() const { return ids_.begin(); }
  auto end() const { return ids_.end(); }

 private:
  std::vector<std::string> ids_;
  std::unordered_set<std::string> set_;
};

// Filters of cli.md section 1, already resolved: owner ids, not names.
struct Filter {
  // Plan ids. Empty means every plan, unless plans_chosen: then the list is
  // the whole choice, and an empty one covers no plan (none in force).
  IdList plans;
  bool plans_chosen = false;
  std::vector<std::string> owner_ids;  // as `role` says: lead (default), support or either
  Role role = Role::lead;
  std::vector<std::string> areas;  // area ids
  bool wants_plan(const model::Plan& p) const;
  bool matches(const model::Plan& p, const model::Task& t) const;
  // The task passes the owner filter only because a chosen agency supports it
  // (it leads none of it): lists mark such rows.
  bool only_supports(const model::Task& t) const;
};

// The plans a reporting command covers (cli.md section 1): those named with
// --plan; else every plan with --all-plans; else the plans in force on the
// as-of day (model::in_force). `left_out` names the plans the as-of rule
// passed over, in repository order, for the footer that says so.
struct PlanSelection {
  std::vector<std::string> plans;  // empty with plans_chosen false: every plan
  bool plans_chosen = false;
  std::vector<const model::Plan*> left_out;
};
PlanSelection select_plans(const model::Repository& repo, const model::Date& as_of,
                           const std::vector<std::string>& named, bool all_plans);

// Resolve --owner references against the owners of the plans they may
// appear in. Unknown references are returned in `unknown`.
struct OwnerFilterResult {
  std::vector<std::string> ids;
  std::vector<std::string> unknown;
};
OwnerFilterResult resolve_owner_filter(const model::Repository& repo,
                                       const model::OwnerIndex& index,
                                       const std::vector<std::string>& refs);

struct DeadlineEval {
  const model::Plan* plan = nullptr;
  const model::Task* task = nullptr;  // a leaf task
  std::size_t index = 0;              // k-th deadline of the task (0-based): done_on matching
  std::size_t item = 0;               // which written deadline it comes from (a list has several)
  model::DeadlineKind kind = model::DeadlineKind::day;  // recurring: this is one occurrence
  std::optional<model::PeriodUnit> every;               // the rule of a recurring occurrence
  // The periods this deadline closes, shortest first: one for an occurrence or
  // a deadline naming a period ("Năm 2021"); several where deadlines of the
  // task fell on one day and were merged (quý II and 6 tháng on 30/6).
  std::vector<model::PeriodUnit> periods;
  std::optional<model::Date> due;  // none for ongoing / external / no deadline written
  std::optional<model::Date> start;
  text::Interned
      due_text;  // the deadline as written ("Quý IV/2017", "Hàng quý"); shared with the task
  Category category = Category::on_track;
  std::optional<model::Date> done_on;  // known completion (on or before the as-of day)
  int days_overdue = 0;                // overdue: as_of - due; done-late: done_on - due
  int working_days_overdue = 0;        // working days d with due < d <= as_of (or done_on)
  bool optional = false;               // "(nếu có)": never counted as overdue
  bool carried_over = false;
};

struct Evaluation {
  model::Date as_of{};
  int due_soon_days = 14;
  // Ordered by due date (no date last), then plan id, then task id (numbering
  // order: 2 < 10, I.2 < I.10), then deadline index.
  std::vector<DeadlineEval> items;
};

// Recurring rules give their occurrences due before the as-of day and the next
// one; with `horizon`, also every occurrence due up to that day (a deadline
// list for a window that reaches into the future).
Evaluation evaluate(const model::Repository& repo, const model::Date& as_of,
                    const WorkCalendar& calendar, const Filter& filter,
                    const std::optional<model::Date>& horizon = std::nullopt);

// Overdue in the sense of the reports: not done, past due, not optional.
bool counts_as_overdue(const DeadlineEval& e);
// Optional ("nếu có") deadlines past due and not done: listed on their own line.
bool is_optional_past_due(const DeadlineEval& e);

// Deadlines grouped by lead agency, for the overdue list. A task with two
// lead agencies appears under both.
struct OwnerGroup {
  std::string owner_id;  // resolved id, else the reference as written, "" for none
  std::vector<const DeadlineEval*> items;
};

struct OverdueList {
  std::vector<const DeadlineEval*> items;  // each overdue deadline once, in evaluation order
  std::vector<OwnerGroup> groups;  // by lead; ordered by the owner's name (Vietnamese order)
  std::vector<const DeadlineEval*> optional_past_due;  // "(nếu có)" past their date: listed apart
};
OverdueList overdue_list(const Evaluation& ev, const model::OwnerIndex& owners);

// Items grouped by lead agency, in the order of overdue_list's groups.
std::vector<OwnerGroup> group_by_lead(const std::vector<const DeadlineEval*>& items,
                                      const model::OwnerIndex& owners);

// A reminder page for one lead agency (cchc deadlines --by-owner-pages): what
// it has overdue, then what falls due in the window. An item on both lists
// stays with the overdue ones.
struct AgencyPage {
  std::string owner_id;  // as in OwnerGroup
  std::vector<const DeadlineEval*> overdue;
  std::vector<const DeadlineEval*> due;
};
std::vector<AgencyPage> agency_pages(const std::vector<const DeadlineEval*>& overdue,
                                     const std::vector<const DeadlineEval*>& due,
                                     const model::OwnerIndex& owners);

// Deadlines with a due day in [from, to], every category but cancelled.
std::vector<const DeadlineEval*> deadlines_between(const Evaluation& ev, const model::Date& from,
                                                   const model::Date& to);

// Numbering order of task ids: "2" < "10", "I.2" < "I.10" < "II.1".
bool task_id_less(std::string_view a, std::string_view b);

}  // namespace cchc::engine
