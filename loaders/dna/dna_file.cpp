#include "loaders/dna/dna_file.hpp"

#include <algorithm>
#include <map>

#include "graph/error.hpp"
#include "loaders/dna/sqlite.hpp"
#include "loaders/dna/utf16.hpp"

namespace sg::loaders::dna {

namespace {

using sqlite::Database;

[[noreturn]] void refuse(const Database& db, const std::string& what) { throw FileError(db.name() + ": " + what); }

std::string in_quotes(const std::string& s) { return "\"" + s + "\""; }

std::string read_version(const Database& db) {
    if (!db.has_table("SETTINGS")) refuse(db, "not a DNA file (an SQLite database without DNA's SETTINGS table)");
    auto s = db.prepare("SELECT Value FROM SETTINGS WHERE Property = 'version'");
    if (!s.step()) refuse(db, "not a DNA file (its SETTINGS table has no version)");
    std::string version = s.text(0);
    if (version.rfind("3.", 0) != 0 && version.rfind("2.", 0) != 0)
        refuse(db, "DNA file version " + in_quotes(version) + " is not one stancegraph reads (DNA 3.x or 2.x)");
    return version;
}

std::int64_t statement_type_id(const Database& db, const std::string& label) {
    auto s = db.prepare("SELECT ID FROM STATEMENTTYPES WHERE Label = ?1");
    s.bind(1, label);
    if (s.step()) return s.integer(0);
    std::string known;
    auto all = db.prepare("SELECT Label FROM STATEMENTTYPES ORDER BY ID");
    while (all.step()) known += (known.empty() ? "" : ", ") + in_quotes(all.text(0));
    refuse(db, "no statement type " + in_quotes(label) + " (it has " + (known.empty() ? "none" : known) +
                   "; choose one with --statement-type)");
}

struct Variable {
    std::int64_t id = 0;
    std::string data_type;
};

Variable variable(const Database& db, std::int64_t type, const std::string& type_label, const std::string& name,
                  const std::string& option, const std::vector<std::string>& allowed) {
    auto s = db.prepare("SELECT ID, DataType FROM VARIABLES WHERE StatementTypeId = ?1 AND Variable = ?2");
    s.bind(1, type);
    s.bind(2, name);
    if (!s.step()) {
        std::string known;
        auto all = db.prepare("SELECT Variable FROM VARIABLES WHERE StatementTypeId = ?1 ORDER BY ID");
        all.bind(1, type);
        while (all.step()) known += (known.empty() ? "" : ", ") + in_quotes(all.text(0));
        refuse(db, "statement type " + in_quotes(type_label) + " has no variable " + in_quotes(name) + " (it has " +
                       (known.empty() ? "none" : known) + "; choose one with --" + option + ")");
    }
    Variable v{s.integer(0), s.text(1)};
    if (std::find(allowed.begin(), allowed.end(), v.data_type) == allowed.end())
        refuse(db, "variable " + in_quotes(name) + " of statement type " + in_quotes(type_label) + " is " + v.data_type +
                       ", not " + allowed.front() + (allowed.size() > 1 ? " or " + allowed.back() : ""));
    return v;
}

// DNA 2 stored dates in milliseconds and short texts inline; DNA 3 in seconds and through ENTITIES.
bool is_dna2(const std::string& version) { return version.rfind("2.", 0) == 0; }

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

std::vector<DnaDocument> read_documents(const Database& db, bool dna2) {
    std::vector<DnaDocument> docs;
    auto s = db.prepare("SELECT ID, Title, Text, Author, Source, Section, Type, Notes, Date FROM DOCUMENTS ORDER BY ID");
    while (s.step()) {
        DnaDocument d;
        d.id = s.integer(0);
        d.title = s.text(1);
        d.text = s.text(2);
        d.author = s.text(3);
        d.source = s.text(4);
        d.section = s.text(5);
        d.type = s.text(6);
        d.notes = s.text(7);
        d.date = dna2 ? floor_div(s.integer(8), 1000) : s.integer(8);
        docs.push_back(std::move(d));
    }
    return docs;
}

// Statement id -> the entity value of one short-text variable.
std::map<std::int64_t, std::string> short_texts(const Database& db, std::int64_t variable, bool dna2) {
    std::map<std::int64_t, std::string> out;
    auto s = db.prepare(dna2 ? "SELECT StatementId, Value FROM DATASHORTTEXT WHERE VariableId = ?1"
                             : "SELECT d.StatementId, e.Value FROM DATASHORTTEXT d JOIN ENTITIES e ON e.ID = d.Entity "
                               "WHERE d.VariableId = ?1");
    s.bind(1, variable);
    while (s.step()) out[s.integer(0)] = s.text(1);
    return out;
}

std::map<std::int64_t, std::int64_t> numbers(const Database& db, const Variable& v) {
    std::map<std::int64_t, std::int64_t> out;
    auto s = db.prepare(v.data_type == "boolean" ? "SELECT StatementId, Value FROM DATABOOLEAN WHERE VariableId = ?1"
                                                 : "SELECT StatementId, Value FROM DATAINTEGER WHERE VariableId = ?1");
    s.bind(1, v.id);
    while (s.step()) out[s.integer(0)] = s.integer(1);
    return out;
}

}  // namespace

DnaFile read_dna_file(const std::filesystem::path& path, const DnaOptions& options) {
    const Database db = Database::open_read_only(path);
    DnaFile file;
    file.version = read_version(db);
    const std::int64_t type = statement_type_id(db, options.statement_type);
    const std::vector<std::string> text_types = {"short text"};
    const Variable person = variable(db, type, options.statement_type, options.person, "person", text_types);
    const Variable org = variable(db, type, options.statement_type, options.organisation, "organisation", text_types);
    const Variable concept_var = variable(db, type, options.statement_type, options.concept_variable, "concept", text_types);
    const Variable agreement =
        variable(db, type, options.statement_type, options.agreement, "agreement", {"boolean", "integer"});

    const bool dna2 = is_dna2(file.version);
    file.documents = read_documents(db, dna2);
    std::map<std::int64_t, std::uint64_t> length;  // document id -> UTF-16 length of its text
    for (const auto& d : file.documents) {
        // DNA's schema makes ID the primary key; a damaged or hand-made file may still repeat one,
        // and its statements could then not say which text they belong to.
        if (!length.emplace(d.id, utf16_length(d.text)).second)
            refuse(db, "two documents have ID " + std::to_string(d.id) + "; each document needs its own ID");
    }

    const auto persons = short_texts(db, person.id, dna2), orgs = short_texts(db, org.id, dna2),
               concepts = short_texts(db, concept_var.id, dna2);
    const auto agreements = numbers(db, agreement);
    auto value = [](const std::map<std::int64_t, std::string>& m, std::int64_t id) {
        auto it = m.find(id);
        return it == m.end() ? std::string() : it->second;
    };
    auto s = db.prepare("SELECT ID, DocumentId, Start, Stop FROM STATEMENTS WHERE StatementTypeId = ?1 ORDER BY ID");
    s.bind(1, type);
    while (s.step()) {
        DnaStatement st;
        st.id = s.integer(0);
        st.document = s.integer(1);
        st.start = s.integer(2);
        st.stop = s.integer(3);
        const std::string which = "statement " + std::to_string(st.id);
        auto len = length.find(st.document);
        if (s.is_null(1) || len == length.end())
            refuse(db, which + " belongs to document " + std::to_string(st.document) + ", which the file does not hold");
        if (st.start < 0 || st.stop < st.start)
            refuse(db, which + " has the span [" + std::to_string(st.start) + ", " + std::to_string(st.stop) +
                           "), which ends before it starts");
        if (static_cast<std::uint64_t>(st.stop) > len->second)
            refuse(db, which + " ends at " + std::to_string(st.stop) + ", past the end of document " +
                           std::to_string(st.document) + "'s text (" + std::to_string(len->second) +
                           " UTF-16 code units)");
        st.person = value(persons, st.id);
        st.organisation = value(orgs, st.id);
        st.concept_label = value(concepts, st.id);
        if (auto a = agreements.find(st.id); a != agreements.end()) st.agreement = a->second;
        file.statements.push_back(std::move(st));
    }
    return file;
}

}  // namespace sg::loaders::dna
