#include "loaders/dna/dna_writer.hpp"

#include <map>
#include <optional>

#include "graph/dates.hpp"
#include "graph/error.hpp"
#include "loaders/dna/dna_schema.hpp"
#include "loaders/dna/dna_text.hpp"
#include "loaders/dna/password.hpp"
#include "loaders/dna/sqlite.hpp"
#include "loaders/dna/utf16.hpp"

namespace sg::loaders::dna {

namespace {

using sqlite::Database;
using sqlite::Statement;

// DNA's CHECK (LENGTH(x) < 191): at most 190 characters, cut at a character boundary.
std::string short_field(std::string_view s) {
    std::size_t i = 0, chars = 0;
    while (i < s.size() && chars < 190) {
        i += utf8_char_at(s, i).bytes;
        ++chars;
    }
    return std::string(s.substr(0, i));
}

// The default statement types and variables of a new DNA 3 database (ids as DNA gives them).
constexpr const char* kDefaults = R"SQL(
INSERT INTO STATEMENTTYPES (ID, Label, Red, Green, Blue) VALUES (1, 'DNA Statement', 239, 208, 51), (2, 'Annotation', 211, 211, 211);
INSERT INTO VARIABLES (ID, Variable, DataType, StatementTypeId) VALUES
  (1, 'person', 'short text', 1), (2, 'organization', 'short text', 1), (3, 'concept', 'short text', 1),
  (4, 'agreement', 'boolean', 1), (5, 'note', 'long text', 2);
INSERT INTO ATTRIBUTEVARIABLES (ID, VariableId, AttributeVariable) VALUES
  (1, 1, 'Type'), (2, 2, 'Type'), (3, 3, 'Type'), (4, 1, 'Alias'), (5, 2, 'Alias'), (6, 3, 'Alias'),
  (7, 1, 'Notes'), (8, 2, 'Notes'), (9, 3, 'Notes');
)SQL";

constexpr std::int64_t kPerson = 1, kOrganization = 2, kConcept = 3, kAgreement = 4;

class Writer {
public:
    Writer(const store::GraphStore& g, const DnaExportOptions& o, const std::string& name, DnaExportReport& report)
        : g_(g), o_(o), name_(name), report_(report), db_(Database::in_memory(name)) {}

    std::string run() {
        db_.exec(kDnaSchema);
        db_.exec("BEGIN");
        settings();
        db_.exec(kDefaults);
        for (std::int64_t v : {kPerson, kOrganization, kConcept}) entity(v, "");  // DNA's empty entity per variable
        for (NodeId d : g_.nodes_of_kind(NodeKind::Document)) document(d);
        db_.exec("COMMIT");
        return db_.serialize();
    }

private:
    void settings() {
        Statement s = db_.prepare("INSERT INTO SETTINGS (Property, Value) VALUES (?1, ?2)");
        for (const auto& [k, v] : {std::pair<std::string, std::string>{"version", kDnaVersion}, {"date", kDnaVersionDate}}) {
            s.bind(1, k);
            s.bind(2, v);
            s.step();
            s.reset();
        }
        Statement c = db_.prepare("INSERT INTO CODERS (ID, Name, Red, Green, Blue, Password) VALUES (1, ?1, 255, 255, 0, ?2)");
        c.bind(1, short_field(o_.coder));
        c.bind(2, dna_password_hash(o_.password));
        c.step();
    }

    std::int64_t entity(std::int64_t variable, const std::string& raw) {
        const std::string value = short_field(raw);
        const auto key = std::make_pair(variable, value);
        if (auto it = entities_.find(key); it != entities_.end()) return it->second;
        const std::int64_t id = static_cast<std::int64_t>(entities_.size()) + 1;
        Statement s = db_.prepare("INSERT INTO ENTITIES (ID, VariableId, Value, Red, Green, Blue) VALUES (?3, ?1, ?2, 0, 0, 0)");
        s.bind(1, variable);
        s.bind(2, value);
        s.bind(3, id);
        s.step();
        entities_.emplace(key, id);
        // One (empty) value per attribute of its variable, as DNA keeps them.
        Statement a = db_.prepare(
            "INSERT INTO ATTRIBUTEVALUES (EntityId, AttributeVariableId, AttributeValue) "
            "SELECT ?1, ID, '' FROM ATTRIBUTEVARIABLES WHERE VariableId = ?2");
        a.bind(1, id);
        a.bind(2, variable);
        a.step();
        return id;
    }

    void document(NodeId d) {
        const store::NodeView doc = g_.node(d);
        const DnaText text = dna_text(o_.document_bytes(doc.name));
        Statement s = db_.prepare(
            "INSERT INTO DOCUMENTS (ID, Title, Text, Coder, Author, Source, Section, Notes, Type, Date) "
            "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?8, ?9)");
        const std::int64_t id = static_cast<std::int64_t>(++report_.documents);
        s.bind(1, id);
        s.bind(2, short_field(doc.description.empty() ? doc.name : doc.description));
        s.bind(3, text.text);
        s.bind(4, short_field(doc.document.author));
        s.bind(5, short_field(doc.document.source));
        s.bind(6, short_field(doc.document.section));
        s.bind(7, "stancegraph: " + doc.name);  // where the document came from, for the way back
        s.bind(8, short_field(doc.document.type));
        s.bind(9, parse_instant(doc.document.date).value_or(0));
        s.step();
        for (EdgeId e : g_.in_edges(d, EdgeKind::In)) claim(g_.edge_from(e), id, doc.name, text);
    }

    void claim(NodeId c, std::int64_t document, std::string_view file, const DnaText& text) {
        if (g_.kind(c) != NodeKind::Claim) return;
        ClaimInfo info = g_.claim_info(c);
        info.organisation = g_.claim_organisation(c);
        if (info.span.end >= text.units.size())
            throw FileError(name_ + ": claim \"" + std::string(g_.node(c).key) + "\" ends at byte " +
                            std::to_string(info.span.end) + ", past the end of " + std::string(file) +
                            " (was the file changed after the build?)");
        const std::uint64_t start = text.units[info.span.start], stop = text.units[info.span.end];
        if (start >= stop) return;  // DNA needs Start < Stop
        const auto says = g_.in_edges(c, EdgeKind::Says);
        const NodeId speaker = says.empty() ? kNoNode : g_.edge_from(says.front());
        std::string person, organisation;
        if (speaker != kNoNode && g_.kind(speaker) == NodeKind::Person) {
            person = g_.node(speaker).name;
            // The organisation the claim was made for; failing that, the speaker's first body.
            if (info.organisation == kNoNode)
                for (EdgeId m : g_.out_edges(speaker, EdgeKind::MemberOf)) {
                    organisation = g_.node(g_.edge_to(m)).name;
                    break;
                }
        } else if (speaker != kNoNode) {
            organisation = g_.node(speaker).name;
        }
        if (info.organisation != kNoNode) organisation = g_.node(info.organisation).name;
        bool sided = false;
        for (EdgeKind side : {EdgeKind::Supports, EdgeKind::Opposes})
            for (EdgeId e : g_.out_edges(c, side)) {
                statement(document, start, stop, person, organisation, g_.node(g_.edge_to(e)).name, side == EdgeKind::Supports);
                sided = true;
            }
        if (!sided) {
            statement(document, start, stop, person, organisation, "", true);
            ++report_.without_side;
        }
    }

    void statement(std::int64_t document, std::uint64_t start, std::uint64_t stop, const std::string& person,
                   const std::string& organisation, const std::string& concept_label, bool agrees) {
        Statement s = db_.prepare(
            "INSERT INTO STATEMENTS (ID, StatementTypeId, DocumentId, Start, Stop, Coder) VALUES (?1, 1, ?2, ?3, ?4, 1)");
        const std::int64_t id = static_cast<std::int64_t>(++report_.statements);
        s.bind(1, id);
        s.bind(2, document);
        s.bind(3, static_cast<std::int64_t>(start));
        s.bind(4, static_cast<std::int64_t>(stop));
        s.step();
        // Every variable of the type gets its row (DNA fails on a statement without one).
        Statement t = db_.prepare("INSERT INTO DATASHORTTEXT (StatementId, VariableId, Entity) VALUES (?1, ?2, ?3)");
        for (const auto& [variable, value] :
             {std::pair{kPerson, &person}, {kOrganization, &organisation}, {kConcept, &concept_label}}) {
            t.bind(1, id);
            t.bind(2, variable);
            t.bind(3, entity(variable, *value));
            t.step();
            t.reset();
        }
        Statement b = db_.prepare("INSERT INTO DATABOOLEAN (StatementId, VariableId, Value) VALUES (?1, ?2, ?3)");
        b.bind(1, id);
        b.bind(2, kAgreement);
        b.bind(3, std::int64_t{agrees ? 1 : 0});
        b.step();
    }

    const store::GraphStore& g_;
    const DnaExportOptions& o_;
    const std::string& name_;
    DnaExportReport& report_;
    Database db_;
    std::map<std::pair<std::int64_t, std::string>, std::int64_t> entities_;
};

}  // namespace

std::string dna_database(const store::GraphStore& g, const DnaExportOptions& options, const std::string& name,
                         DnaExportReport& report) {
    return Writer(g, options, name, report).run();
}

}  // namespace sg::loaders::dna
