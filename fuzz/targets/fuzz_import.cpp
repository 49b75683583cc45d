// The CSV reader and `cchc import`: the bytes read as a table, imported against
// the demo owners, written as plan YAML, and that plan loaded and checked as
// plans/x.yaml of an in-memory repository.
// Property: when import reports no error, `check` on the file it wrote reports
// none either (the plan import writes is always one cchc reads).
#include <fmt/format.h>

#include "cchc/check/checks.hpp"
#include "cchc/load/csv_reader.hpp"
#include "cchc/load/import.hpp"
#include "cchc/load/memory_fs.hpp"
#include "cchc/load/repository.hpp"
#include "cchc/model/owners.hpp"
#include "fuzz_common.hpp"

using namespace cchc;

namespace {

struct Base {
  load::MemoryFileSystem files;
  std::vector<model::Owner> owners;
  std::unique_ptr<model::OwnerIndex> index;
};

const Base& base() {
  static Base* b = [] {
    auto* out = new Base;
    out->files.add("/repo/cchc.yaml", "plans: [plans/]\nowners: [owners.yaml]\n");
    out->files.add("/repo/owners.yaml", fuzz::source_file("plans/owners/demo.yaml"));
    load::LoadOptions opts;
    opts.root = "/repo";
    opts.display_base = "/repo";
    opts.threads = 1;
    out->owners = load::load_repository(opts, out->files).repo.owners;
    out->index = std::make_unique<model::OwnerIndex>(out->owners);
    return out;
  }();
  return *b;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const Base& b = base();
  load::CsvTable table =
      load::read_csv(std::string_view(reinterpret_cast<const char*>(data), size));
  load::ImportSettings settings;
  settings.file = "bang.csv";
  settings.period = {*model::make_date(2026, 1, 1), *model::make_date(2026, 12, 31)};
  settings.owners = b.index.get();
  auto imported = load::import_table(table, settings);
  fuzz::write_all_formats(imported.diags, {});  // import's problems go out as JSON too
  if (imported.fatal) return 0;
  load::PlanHeader header;
  header.source = "bang.csv";
  header.id = "kh-2026";
  header.title = "Kế hoạch";
  header.period = "2026";
  const std::string yaml = load::write_plan_yaml(header, imported.tasks);

  load::MemoryFileSystem files = b.files;
  files.add("/repo/plans/x.yaml", yaml);
  load::LoadOptions opts;
  opts.root = "/repo";
  opts.display_base = "/repo";
  opts.threads = 1;
  auto loaded = load::load_repository(opts, files);
  check::check_repository(loaded.repo, *model::make_date(2026, 1, 10), loaded.diags);
  loaded.diags.sort();
  if (imported.diags.count(diag::Severity::error) == 0) {
    for (const auto& d : loaded.diags.items())
      CCHC_FUZZ_REQUIRE(
          d.severity != diag::Severity::error,
          fmt::format("import reported no error, but check on its plan says "
                      "{}:{}: {} [{}]\n--- the plan:\n{}",
                      d.location.file, d.location.line, d.message.render(text::Lang::en),
                      diag::rule_name(d.rule), yaml));
  }
  return 0;
}
