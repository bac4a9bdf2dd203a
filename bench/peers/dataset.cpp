// The peers benchmark's generator (see dataset.hpp).
#include "dataset.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>

#include "graph/snapshot.hpp"
#include "graph/store/writer.hpp"

namespace peers {
namespace {

// splitmix64: a tiny generator whose output is the same everywhere (std distributions are not).
struct Rng {
    std::uint64_t s;
    explicit Rng(std::uint64_t seed) : s(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    Rng r(a * 0x100000001B3ull ^ (b + 0x51ED27ull));
    return r.next();
}

// Zipf(1) over ranks 0..n-1: P(r) proportional to 1/(r+1).
class Zipf {
public:
    explicit Zipf(std::size_t n) : cdf_(n) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i) cdf_[i] = (sum += 1.0 / static_cast<double>(i + 1));
        for (double& c : cdf_) c /= sum;
    }
    std::size_t draw(Rng& rng) const {
        const double u = rng.uniform();
        const auto it = std::upper_bound(cdf_.begin(), cdf_.end(), u);
        return std::min<std::size_t>(static_cast<std::size_t>(it - cdf_.begin()), cdf_.size() - 1);
    }

private:
    std::vector<double> cdf_;
};

// Consonant-vowel syllables (no query keyword can be spelt with them: every word has >= 4 letters).
constexpr std::array<const char*, 20> kSyllables{"ka", "lo", "mi", "ne", "ru", "sa", "ve", "bi", "do", "fa",
                                                 "ge", "hu", "jo", "ku", "la", "me", "ni", "po", "ri", "zu"};
std::string syllables(std::size_t i) {
    std::string digits;
    std::vector<std::size_t> d;
    do {
        d.push_back(i % kSyllables.size());
        i /= kSyllables.size();
    } while (i);
    if (d.size() < 2) d.push_back(0);
    for (auto it = d.rbegin(); it != d.rend(); ++it) digits += kSyllables[*it];
    return digits;
}
std::string capital(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}
std::string words(Rng& rng, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += (i ? " " : "") + syllables(rng.below(8000));
    return out;
}

constexpr std::array<const char*, 24> kFirst{"Ada",   "Bela",  "Cato", "Dina",  "Emil", "Fern", "Gita", "Hugo",
                                             "Ines",  "Jonas", "Kira", "Lena",  "Milo", "Nora", "Otto", "Pia",
                                             "Rosa",  "Sven",  "Tara", "Ugo",   "Vera", "Wim",  "Yara", "Zeno"};
constexpr std::array<const char*, 8> kBodies{"Union",   "Council", "Trust",   "Alliance",
                                             "Federation", "Institute", "Society", "Forum"};
constexpr std::array<const char*, 8> kPolicies{"levy", "scheme", "reform", "ban", "plan", "tax", "charter", "pilot"};
constexpr std::array<const char*, 6> kRoles{"member", "chair", "spokesperson", "director", "treasurer", "secretary"};

std::string document_name(std::size_t i) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "article-%06zu.txt", i);
    return buf;
}

}  // namespace

Dataset generate(std::size_t claims, std::uint64_t seed) {
    if (claims < 100) throw std::invalid_argument("the peers benchmark needs at least 100 claims");
    Dataset d;
    d.claims = claims;
    d.documents = (claims + 39) / 40;
    d.people = claims / 10;
    d.organisations = std::max<std::size_t>(2, claims / 50);
    d.positions = std::max<std::size_t>(10, claims / 5000);
    d.nodes.reserve(d.documents + d.people + d.organisations + d.positions + claims);
    Rng rng(seed);

    for (std::size_t i = 0; i < d.documents; ++i) {
        NodeRow n;
        n.kind = sg::NodeKind::Document;
        n.name = document_name(i);
        n.key = "doc:" + n.name;
        n.description = capital(words(rng, 6));
        d.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < d.people; ++i) {
        NodeRow n;
        n.kind = sg::NodeKind::Person;
        const std::string surname = capital(syllables(i / kFirst.size() + 20));
        n.name = std::string(kFirst[i % kFirst.size()]) + " " + surname;
        n.key = "person:" + std::string(kFirst[i % kFirst.size()]) + "-" + surname;
        std::transform(n.key.begin(), n.key.end(), n.key.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
        d.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < d.organisations; ++i) {
        NodeRow n;
        n.kind = sg::NodeKind::Organisation;
        n.name = capital(syllables(i + 20)) + " " + kBodies[i % kBodies.size()];
        n.key = "organisation:" + syllables(i + 20) + "-" + std::to_string(i % kBodies.size());
        d.nodes.push_back(std::move(n));
    }
    for (std::size_t i = 0; i < d.positions; ++i) {
        NodeRow n;
        n.kind = sg::NodeKind::Position;
        n.name = capital(syllables(i + 20)) + " " + kPolicies[i % kPolicies.size()];
        n.key = "position:pos-" + std::to_string(i);
        n.description = "There should be a " + n.name;
        d.nodes.push_back(std::move(n));
    }

    const Zipf people(d.people), organisations(d.organisations), positions(d.positions);
    auto lean = [&](std::uint32_t actor, std::uint32_t position) {
        return (mix(actor, position) & 1) ? sg::EdgeKind::Supports : sg::EdgeKind::Opposes;
    };
    auto flip = [](sg::EdgeKind k) { return k == sg::EdgeKind::Supports ? sg::EdgeKind::Opposes : sg::EdgeKind::Supports; };
    auto draw_position = [&] { return d.first_position() + static_cast<std::uint32_t>(positions.draw(rng)); };
    // A claim's side on a position: its speaker's lean three times in four; about one time in ten.
    auto side = [&](std::uint32_t speaker, std::uint32_t position) {
        if (rng.uniform() < 0.1) return sg::EdgeKind::About;
        return rng.uniform() < 0.75 ? lean(speaker, position) : flip(lean(speaker, position));
    };

    // Memberships: every person in one organisation (Zipf: large bodies have many members).
    for (std::size_t i = 0; i < d.people; ++i) {
        EdgeRow e;
        e.kind = sg::EdgeKind::MemberOf;
        e.from = d.first_person() + static_cast<std::uint32_t>(i);
        e.to = d.first_organisation() + static_cast<std::uint32_t>(organisations.draw(rng));
        e.role = kRoles[rng.below(kRoles.size())];
        d.edges.push_back(std::move(e));
    }

    std::vector<std::uint64_t> offset_in_document(d.documents, 120);
    for (std::size_t i = 0; i < claims; ++i) {
        const std::uint32_t id = d.first_claim() + static_cast<std::uint32_t>(i);
        const std::uint32_t doc = static_cast<std::uint32_t>(i / 40);
        NodeRow n;
        n.kind = sg::NodeKind::Claim;
        n.comment = rng.uniform() < 0.05;
        const double k = rng.uniform();
        n.claim_kind = n.comment || k < 0.5 ? sg::ClaimKind::Direct
                       : k < 0.8            ? sg::ClaimKind::Indirect
                       : k < 0.95           ? sg::ClaimKind::Partial
                                            : sg::ClaimKind::Reported;
        n.name = "Claim " + std::to_string(i) + ": " + words(rng, 8 + rng.below(12));
        n.document = doc;
        n.span_start = offset_in_document[doc] + rng.below(200);
        n.span_end = n.span_start + n.name.size();
        offset_in_document[doc] = n.span_end;
        n.key = "claim:" + d.nodes[doc].name + ":" + std::to_string(n.span_start) + "-" + std::to_string(n.span_end);
        n.confidence = 0.5 + static_cast<double>(rng.below(50)) / 100.0;
        const bool by_person = n.comment || rng.uniform() < 0.9;
        const std::uint32_t speaker = by_person ? d.first_person() + static_cast<std::uint32_t>(people.draw(rng))
                                                : d.first_organisation() + static_cast<std::uint32_t>(organisations.draw(rng));
        const double confidence = n.confidence;
        d.nodes.push_back(std::move(n));

        d.edges.push_back(EdgeRow{sg::EdgeKind::Says, speaker, id, {}, confidence});
        d.edges.push_back(EdgeRow{sg::EdgeKind::In, id, doc, {}, 1.0});
        const std::uint32_t p1 = draw_position();
        d.edges.push_back(EdgeRow{side(speaker, p1), id, p1, {}, 0.6 + static_cast<double>(rng.below(40)) / 100.0});
        if (rng.uniform() < 0.1) {
            std::uint32_t p2 = draw_position();
            while (p2 == p1) p2 = draw_position();
            d.edges.push_back(EdgeRow{side(speaker, p2), id, p2, {}, 0.6 + static_cast<double>(rng.below(40)) / 100.0});
        }
    }

    // Stances reported without a quote (a vote, "will be opposed by ..."): actor -> position.
    std::set<std::tuple<std::uint32_t, std::uint32_t, int>> reported;
    for (std::size_t i = 0; i < claims / 100; ++i) {
        const std::uint32_t actor = rng.uniform() < 0.5
                                        ? d.first_person() + static_cast<std::uint32_t>(people.draw(rng))
                                        : d.first_organisation() + static_cast<std::uint32_t>(organisations.draw(rng));
        const std::uint32_t p = draw_position();
        const sg::EdgeKind k = rng.uniform() < 0.85 ? lean(actor, p) : flip(lean(actor, p));
        if (reported.emplace(actor, p, static_cast<int>(k)).second) d.edges.push_back(EdgeRow{k, actor, p, {}, 0.8});
    }

    // The subjects: the position of Zipf rank 10, the person of rank 100 (each the nearest after
    // it that has an admitted claim), and for `path` the person of rank 1000 (or the last) who has
    // a claim and is in another organisation.
    std::vector<std::uint32_t> admitted(d.nodes.size(), 0), organisation(d.nodes.size(), 0);
    for (const EdgeRow& e : d.edges) {
        if (e.kind == sg::EdgeKind::Says && !d.nodes[e.to].comment) ++admitted[e.from];
        if (e.kind == sg::EdgeKind::MemberOf) organisation[e.from] = e.to;
        if (e.kind == sg::EdgeKind::Supports || e.kind == sg::EdgeKind::Opposes || e.kind == sg::EdgeKind::About)
            if (d.nodes[e.from].kind == sg::NodeKind::Claim && !d.nodes[e.from].comment) ++admitted[e.to];
    }
    auto pick = [&](std::uint32_t first, std::size_t count, std::size_t rank, auto&& ok) {
        for (std::size_t r = std::min(rank, count - 1); r < count; ++r)
            if (ok(first + static_cast<std::uint32_t>(r))) return first + static_cast<std::uint32_t>(r);
        for (std::size_t r = std::min(rank, count - 1) + 1; r-- > 0;)
            if (ok(first + static_cast<std::uint32_t>(r))) return first + static_cast<std::uint32_t>(r);
        throw std::runtime_error("no subject for the statements");
    };
    d.subjects.position = pick(d.first_position(), d.positions, 9, [&](std::uint32_t n) { return admitted[n] > 0; });
    d.subjects.actor = pick(d.first_person(), d.people, 99, [&](std::uint32_t n) { return admitted[n] > 0; });
    d.subjects.other = pick(d.first_person(), d.people, 999, [&](std::uint32_t n) {
        return n != d.subjects.actor && admitted[n] > 0 && organisation[n] != organisation[d.subjects.actor];
    });
    return d;
}

sg::Graph to_graph(const Dataset& d) {
    sg::Graph g;
    for (const NodeRow& r : d.nodes) {
        sg::Node n;
        n.kind = r.kind;
        n.key = r.key;
        n.name = r.name;
        n.description = r.description;
        if (r.kind == sg::NodeKind::Claim) {
            n.claim.document = r.document;
            n.claim.span = sg::Span{r.span_start, r.span_end};
            n.claim.kind = r.claim_kind;
            n.claim.comment = r.comment;
            n.claim.confidence = r.confidence;
        }
        g.add_node(std::move(n));
    }
    for (const EdgeRow& e : d.edges) g.add_edge(e.from, e.to, e.kind, e.role, e.confidence);
    return g;
}

void save_stancegraph_file(const sg::Graph& g, const std::filesystem::path& path) { sg::store::save_store(g, path); }

namespace {

std::string table_of(sg::NodeKind k) {
    switch (k) {
        case sg::NodeKind::Document: return "document";
        case sg::NodeKind::Person: return "person";
        case sg::NodeKind::Organisation: return "organisation";
        case sg::NodeKind::Position: return "position";
        case sg::NodeKind::Claim: return "claim";
    }
    return "";
}

std::ofstream open_csv(const std::filesystem::path& file, const char* header) {
    std::ofstream out(file, std::ios::binary);
    if (!out) throw std::runtime_error("cannot write " + file.string());
    out << header << '\n';
    return out;
}

}  // namespace

void write_csv(const Dataset& d, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir);
    std::map<sg::NodeKind, std::ofstream> nodes;
    nodes[sg::NodeKind::Document] = open_csv(dir / "document.csv", "id,key,name,description");
    nodes[sg::NodeKind::Person] = open_csv(dir / "person.csv", "id,key,name");
    nodes[sg::NodeKind::Organisation] = open_csv(dir / "organisation.csv", "id,key,name");
    nodes[sg::NodeKind::Position] = open_csv(dir / "position.csv", "id,key,name,description");
    nodes[sg::NodeKind::Claim] =
        open_csv(dir / "claim.csv", "id,key,name,kind,comment,confidence,document,span_start,span_end");
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const NodeRow& n = d.nodes[i];
        std::ofstream& out = nodes[n.kind];
        out << i << ',' << n.key << ',' << n.name;
        if (n.kind == sg::NodeKind::Document || n.kind == sg::NodeKind::Position) out << ',' << n.description;
        if (n.kind == sg::NodeKind::Claim)
            out << ',' << sg::to_string(n.claim_kind) << ',' << (n.comment ? "true" : "false") << ',' << n.confidence << ','
                << n.document << ',' << n.span_start << ',' << n.span_end;
        out << '\n';
    }
    std::map<std::string, std::ofstream> rels;
    for (const EdgeRow& e : d.edges) {
        const std::string name = std::string(sg::to_string(e.kind)) + "-" + table_of(d.nodes[e.from].kind) + "-" +
                                 table_of(d.nodes[e.to].kind);
        auto it = rels.find(name);
        if (it == rels.end())
            it = rels.emplace(name, open_csv(dir / (name + ".csv"), e.kind == sg::EdgeKind::MemberOf ? "from,to,role,confidence"
                                                                                                     : "from,to,confidence"))
                     .first;
        it->second << e.from << ',' << e.to << ',';
        if (e.kind == sg::EdgeKind::MemberOf) it->second << e.role << ',';
        it->second << e.confidence << '\n';
    }
    for (auto& [k, out] : nodes)
        if (!out.flush()) throw std::runtime_error("cannot write the CSV files in " + dir.string());
    for (auto& [k, out] : rels)
        if (!out.flush()) throw std::runtime_error("cannot write the CSV files in " + dir.string());
}

void write_subjects(const Dataset& d, const std::filesystem::path& file) {
    std::ofstream out(file, std::ios::binary);
    out << "position\t" << d.nodes[d.subjects.position].name << '\n'
        << "actor\t" << d.nodes[d.subjects.actor].name << '\n'
        << "other\t" << d.nodes[d.subjects.other].name << '\n';
    if (!out.flush()) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace peers
