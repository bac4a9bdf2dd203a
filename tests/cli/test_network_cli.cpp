// `stancegraph network` on DNA's own sample: the numbers issue 11 takes from DNA's exporter, in
// every output format, and the refusals of options DNA does not combine.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dna_files.hpp"
#include "support/run_binary.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using sg::test::run_binary;

namespace {

// A CSV matrix as stancegraph network writes it: quoted labels (no quote inside in the sample),
// numbers.
struct Matrix {
    std::vector<std::string> columns, rows;
    std::vector<std::vector<double>> values;
    double sum() const {
        double s = 0;
        for (const auto& r : values)
            for (double v : r) s += v;
        return s;
    }
    double at(const std::string& r, const std::string& c) const {
        for (std::size_t i = 0; i < rows.size(); ++i)
            for (std::size_t j = 0; j < columns.size(); ++j)
                if (rows[i] == r && columns[j] == c) return values[i][j];
        FAIL("no cell " << r << " x " << c);
        return 0;
    }
};

// Splits one CSV line of quoted labels (commas inside quotes kept) and bare numbers.
std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) out.emplace_back();
        else out.back() += c;
    }
    return out;
}

Matrix parse(const std::string& csv) {
    Matrix m;
    std::istringstream in(csv);
    std::string line;
    std::getline(in, line);
    auto header = fields(line);
    m.columns.assign(header.begin() + 1, header.end());
    while (std::getline(in, line)) {
        auto f = fields(line);
        m.rows.push_back(f.front());
        std::vector<double> row;
        for (std::size_t i = 1; i < f.size(); ++i) row.push_back(std::stod(f[i]));
        m.values.push_back(row);
    }
    return m;
}

struct Sample {
    sg::test::TempDir dir;
    fs::path graph;
    Sample() {
        graph = dir.path / "sample.sg";
        const auto r = run_binary({"import-dna", "-q", sg::test::sample_dna().string(), "-o", graph.string()});
        REQUIRE_MESSAGE(r.code == 0, r.describe());
    }
    Matrix network(std::vector<std::string> options) const {
        options.insert(options.begin(), {"network", "-g", graph.string()});
        const auto r = run_binary(options);
        REQUIRE_MESSAGE(r.code == 0, r.describe());
        return parse(r.out);
    }
};

const std::string kAlliance = "Alliance to Save Energy";
const std::string kEea = "Energy and Environmental Analysis, Inc.";

}  // namespace

TEST_CASE("network: DNA's numbers on its sample") {
    if (!fs::exists(sg::test::sample_dna())) {
        MESSAGE("skipped: ../shared/dna/sample.dna is not beside the clone");
        return;
    }
    Sample s;
    const Matrix two = s.network({});
    CHECK(two.rows.size() == 7);
    CHECK(two.columns.size() == 6);
    CHECK(two.sum() == 40);
    CHECK(two.rows.front() == kAlliance);  // sorted
    const Matrix one = s.network({"--type", "onemode"});
    CHECK(one.rows.size() == 7);
    CHECK(one.columns == one.rows);
    CHECK(one.sum() == 276);
    const Matrix average = s.network({"--type", "onemode", "--aggregation", "congruence", "--normalise", "average"});
    CHECK(average.sum() == doctest::Approx(25.80).epsilon(0.0005));
    CHECK(average.at(kAlliance, kEea) == doctest::Approx(0.5));
    CHECK(s.network({"--type", "onemode", "--aggregation", "congruence"}).at(kAlliance, kEea) == 2);
    CHECK(s.network({"--type", "onemode", "--aggregation", "conflict"}).at(kAlliance, kEea) == 2);
    CHECK(s.network({"--type", "onemode", "--aggregation", "congruence", "--normalise", "cosine"}).at(kAlliance, kEea) ==
          doctest::Approx(0.125));
    CHECK(s.network({"--type", "onemode", "--aggregation", "congruence", "--normalise", "jaccard"}).at(kAlliance, kEea) ==
          doctest::Approx(2.0 / 7));
    // Every document of the sample is dated: a range before them all leaves an empty network.
    CHECK(s.network({"--to", "2005-01-01"}).rows.empty());
}

TEST_CASE("network: the formats, and -o") {
    if (!fs::exists(sg::test::sample_dna())) return;
    Sample s;
    auto run = [&](std::vector<std::string> options) {
        options.insert(options.begin(), {"network", "-g", s.graph.string()});
        return run_binary(options);
    };
    const auto dl = run({"--format", "dl"});
    REQUIRE(dl.code == 0);
    CHECK(dl.out.rfind("dl nr=7, nc=6, format = fullmatrix\nlabels embedded\nrow labels:\n\"Alliance to Save Energy\"\n", 0) == 0);
    const auto dl1 = run({"--format", "dl", "--type", "onemode"});
    CHECK(dl1.out.rfind("dl n=7, format = fullmatrix\nlabels embedded\nlabels:\n", 0) == 0);
    const auto graphml = run({"--format", "graphml"});
    CHECK(graphml.out.find("<data key=\"name\">National Petrochemical &amp; Refiners Association</data>") != std::string::npos);
    CHECK(graphml.out.find("<data key=\"kind\">position</data>") != std::string::npos);
    const auto dot = run({"--format", "dot", "--type", "onemode", "--aggregation", "subtract"});
    CHECK(dot.out.rfind("graph network {", 0) == 0);
    CHECK(dot.out.find("#c0392b") != std::string::npos);  // some pair conflicts more than it agrees
    const auto json = run({"--format", "json", "--type", "onemode", "--aggregation", "congruence"});
    CHECK(json.out.find("{\"type\":\"onemode\",\"aggregation\":\"congruence\",\"rows\":[\"Alliance to Save Energy\"") == 0);
    const auto series = run({"--format", "json", "--window", "1", "years"});
    CHECK_MESSAGE(series.code == 0, series.describe());
    CHECK(series.out.find("[{\"window\":\"2005-01-01..2005-12-31\"") == 0);
    const fs::path out = s.dir.path / "net.csv";
    REQUIRE(run({"-o", out.string()}).code == 0);
    std::ifstream in(out);
    std::string first;
    std::getline(in, first);
    CHECK(first.rfind("\"\",\"CO2 legislation will not hurt the economy.\"", 0) == 0);

    // A series in csv: one file per window, numbered in time order, each window named on stderr.
    const auto months = run({"--format", "json", "--window", "1", "months"});
    REQUIRE(months.code == 0);
    std::size_t windows = 0;
    for (std::size_t at = months.out.find("{\"window\":"); at != std::string::npos; at = months.out.find("{\"window\":", at + 1))
        ++windows;
    REQUIRE(windows > 1);
    const fs::path series_csv = s.dir.path / "series.csv";
    const auto files = run({"--window", "1", "months", "-o", series_csv.string()});
    REQUIRE_MESSAGE(files.code == 0, files.describe());
    const std::string label = months.out.substr(12, months.out.find('"', 12) - 12);  // [{"window":"LABEL"
    CHECK(files.err.rfind((s.dir.path / "series-01.csv").string() + "  " + label + "\n", 0) == 0);
    for (std::size_t i = 1; i <= windows; ++i)
        CHECK(fs::exists(s.dir.path / ("series-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".csv")));
    CHECK_FALSE(fs::exists(s.dir.path / ("series-" + std::string(windows + 1 < 10 ? "0" : "") + std::to_string(windows + 1) + ".csv")));
    CHECK_FALSE(fs::exists(series_csv));
}

TEST_CASE("network: options DNA does not define are usage errors") {
    if (!fs::exists(sg::test::sample_dna())) return;
    Sample s;
    auto refusal = [&](std::vector<std::string> options) {
        options.insert(options.begin(), {"network", "-g", s.graph.string()});
        const auto r = run_binary(options);
        CHECK_MESSAGE(r.code == 1, r.describe());
        return r.err;
    };
    CHECK(refusal({"--aggregation", "congruence"}).find("congruence and conflict aggregate one-mode networks") != std::string::npos);
    CHECK(refusal({"--type", "onemode", "--normalise", "activity"}).find("activity and prominence normalise two-mode") != std::string::npos);
    CHECK(refusal({"--aggregation", "sum"}).find("--aggregation: unknown value \"sum\"") != std::string::npos);
    CHECK(refusal({"--exclude", "colour=red"}).find("expected FIELD=VALUE") != std::string::npos);
    CHECK(refusal({"--from", "26.01.2005"}).find("is not a date") != std::string::npos);
    CHECK(refusal({"--window", "2", "fortnights", "--format", "json"}).find("UNIT is days, weeks, months or years") != std::string::npos);
    CHECK(refusal({"--window", "2", "weeks"}).find("writes one file per window: give -o FILE") != std::string::npos);
    const auto missing = run_binary({"network", "-g", (s.dir.path / "none.sg").string()});
    CHECK(missing.code == 2);
}
