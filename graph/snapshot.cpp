#include "graph/snapshot.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>
#include <map>
#include <optional>
#include <unordered_map>

#include "graph/atomic_file.hpp"
#include "graph/error.hpp"
#include "graph/export/utf8.hpp"
#include "graph/json_parse.hpp"

namespace sg {
namespace {

constexpr const char* kFormat = "stancegraph-graph";
constexpr int kVersion = 1;

static const char kSchema[] =
#include "graph/graph_schema.inc"
    ;

// ---------------------------------------------------------------------------------------------
// Writing

// Each node and edge is written compactly into a buffer and then onto its own line: streaming
// (memory does not grow with the graph), fast, and friendly to diff and grep.
using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void put_string(JsonWriter& w, std::string_view s) {
    if (text::is_valid_utf8(s)) {  // (almost always: no copy then)
        w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
        return;
    }
    std::string clean = text::valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

void put_key(JsonWriter& w, const char* k) { w.Key(k); }

// Confidence must stay within the schema's 0..1 or the file could not be read back; a value out
// of range is a bug elsewhere, and clamping keeps the user's graph loadable.
void put_confidence(JsonWriter& w, double c) {
    if (std::isnan(c)) c = 0.0;
    w.Double(std::clamp(c, 0.0, 1.0));
}

// Keys of merged-away nodes that still resolve (through Graph::find_key) to each live node.
std::unordered_map<NodeId, std::vector<std::string>> merged_keys(const Graph& g) {
    std::unordered_map<NodeId, std::vector<std::string>> out;
    for (NodeId n = 0; n < g.node_capacity(); ++n) {
        const Node& dead = g.node(n);
        if (dead.alive) continue;
        auto target = g.find_key(dead.key);
        if (!target || *target == n || !g.node(*target).alive || g.node(*target).key == dead.key) continue;
        out[*target].push_back(dead.key);
    }
    for (auto& [id, keys] : out) {
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    }
    return out;
}

// The live node a claim's document (or organisation) id stands for (following a merge), if any:
// a snapshot must never refer to a node it does not contain.
std::optional<NodeId> live_document(const Graph& g, NodeId doc) {
    if (doc == kNoNode || doc >= g.node_capacity()) return std::nullopt;
    if (g.node(doc).alive) return doc;
    return g.find_key(g.node(doc).key);
}

void write_node(JsonWriter& w, const Graph& g, const Node& n, const std::vector<std::string>* merged) {
    w.StartObject();
    put_key(w, "key");
    put_string(w, n.key);
    put_key(w, "kind");
    put_string(w, to_string(n.kind));
    put_key(w, "name");
    put_string(w, n.name);
    put_key(w, "aliases");
    w.StartArray();
    for (const auto& a : n.aliases) put_string(w, a);
    w.EndArray();
    put_key(w, "description");
    put_string(w, n.description);
    if (merged && !merged->empty()) {
        put_key(w, "merged_keys");
        w.StartArray();
        for (const auto& k : *merged) put_string(w, k);
        w.EndArray();
    }
    if (n.kind == NodeKind::Claim) {
        const ClaimInfo& c = n.claim;
        put_key(w, "claim");
        w.StartObject();
        put_key(w, "document");
        if (auto doc = live_document(g, c.document))
            put_string(w, g.node(*doc).key);
        else
            w.Null();
        put_key(w, "span");
        w.StartArray();
        w.Uint64(c.span.start);
        w.Uint64(c.span.end);
        w.EndArray();
        put_key(w, "kind");
        put_string(w, to_string(c.kind));
        put_key(w, "comment");
        w.Bool(c.comment);
        put_key(w, "confidence");
        put_confidence(w, c.confidence);
        put_key(w, "manual");
        w.Bool(c.manual);
        // Left out when not recorded, so graphs without it keep their bytes.
        if (auto org = live_document(g, c.organisation)) {
            put_key(w, "organisation");
            put_string(w, g.node(*org).key);
        }
        w.EndObject();
    }
    if (n.kind == NodeKind::Document && !n.document.empty()) {
        const DocumentInfo& d = n.document;
        put_key(w, "document");
        w.StartObject();
        for (const auto& [name, value] : {std::pair{"date", &d.date}, {"source", &d.source}, {"author", &d.author},
                                          {"section", &d.section}, {"type", &d.type}, {"url", &d.url}}) {
            if (value->empty()) continue;
            put_key(w, name);
            put_string(w, *value);
        }
        w.EndObject();
    }
    w.EndObject();
}

void write_edge(JsonWriter& w, const Graph& g, const Edge& e) {
    w.StartObject();
    put_key(w, "kind");
    put_string(w, to_string(e.kind));
    put_key(w, "from");
    put_string(w, g.node(e.from).key);
    put_key(w, "to");
    put_string(w, g.node(e.to).key);
    put_key(w, "role");
    put_string(w, e.role);
    put_key(w, "confidence");
    put_confidence(w, e.confidence);
    put_key(w, "manual");
    w.Bool(e.manual);
    // Written only when there is some, so graphs without evidence keep their bytes.
    if (!e.evidence.empty()) {
        put_key(w, "evidence");
        w.StartArray();
        for (const Evidence& x : e.evidence) {
            w.StartObject();
            put_key(w, "role");
            put_string(w, x.role);
            put_key(w, "words");
            put_string(w, x.words);
            put_key(w, "span");
            w.StartArray();
            w.Uint64(x.span.start);
            w.Uint64(x.span.end);
            w.EndArray();
            put_key(w, "document");
            if (auto doc = live_document(g, x.document))
                put_string(w, g.node(*doc).key);
            else
                w.Null();
            w.EndObject();
        }
        w.EndArray();
    }
    w.EndObject();
}

// ---------------------------------------------------------------------------------------------
// Reading: error messages

// 1-based line and column (in characters) of a byte offset, for "FILE:LINE:COL:" messages.
std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, col = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            col = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++col;  // count characters, not UTF-8 continuation bytes
        }
    }
    return {line, col};
}

// A JSON string as it is, NULs included: GetString() alone stops at the first "\u0000", which
// turned the key "\u0000claim:..." into an empty one (found by fuzzing).
std::string text(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

std::string pointer_text(const rapidjson::Pointer& p) {
    rapidjson::StringBuffer sb;
    p.Stringify(sb);
    std::string s = sb.GetString();
    return s.empty() ? "/ (the top level)" : s;
}

std::string json_text(const rapidjson::Value& v) {
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    v.Accept(w);
    std::string s = sb.GetString();
    return s.size() > 60 ? s.substr(0, 57) + "..." : s;
}

std::string type_name(const rapidjson::Value& v) {
    if (v.IsNull()) return "null";
    if (v.IsBool()) return "boolean";
    if (v.IsObject()) return "object";
    if (v.IsArray()) return "array";
    if (v.IsString()) return "string";
    if (v.IsInt64() || v.IsUint64()) return "integer";
    return "number";
}

// Turns the validator's keyword into a sentence a user can act on, using the failing schema and
// instance values: which member is missing, which type was expected, which values are allowed.
std::string explain(const char* keyword, const rapidjson::Value* schema, const rapidjson::Pointer& where,
                    const rapidjson::Value* instance) {
    std::string k = keyword;
    std::string out = k;
    if (!schema || !instance) return out;
    auto member = [&](const char* name) -> const rapidjson::Value* {
        if (!schema->IsObject()) return nullptr;
        auto it = schema->FindMember(name);
        return it == schema->MemberEnd() ? nullptr : &it->value;
    };
    if (k == "required" && instance->IsObject()) {
        if (const auto* req = member("required"); req && req->IsArray()) {
            for (const auto& r : req->GetArray())
                if (r.IsString() && !instance->HasMember(r.GetString()))
                    return out + ": missing member \"" + r.GetString() + "\"";
        }
    } else if (k == "additionalProperties") {
        // The validator points at the unexpected member itself.
        if (where.GetTokenCount() > 0) {
            const auto& last = where.GetTokens()[where.GetTokenCount() - 1];
            return out + ": unexpected member \"" + text::valid_utf8(std::string_view(last.name, last.length)) + "\"";
        }
    } else if (k == "type") {
        if (const auto* t = member("type"); t && t->IsString())
            return out + ": expected " + t->GetString() + ", found " + type_name(*instance);
    } else if (k == "enum") {
        if (const auto* e = member("enum"); e && e->IsArray()) {
            std::string allowed;
            for (const auto& v : e->GetArray()) allowed += (allowed.empty() ? "" : ", ") + json_text(v);
            return out + ": " + json_text(*instance) + " is not one of " + allowed;
        }
    } else if (k == "minimum" || k == "maximum") {
        if (const auto* lim = member(keyword); lim && lim->IsNumber())
            return out + ": " + json_text(*instance) + " is " + (k == "minimum" ? "below " : "above ") + json_text(*lim);
    } else if ((k == "minItems" || k == "maxItems") && instance->IsArray()) {
        if (const auto* lim = member(keyword); lim && lim->IsUint())
            return out + ": " + std::to_string(instance->Size()) + " items, " + (k == "minItems" ? "at least " : "at most ") +
                   std::to_string(lim->GetUint()) + " allowed";
    } else if (k == "minLength") {
        return out + ": the string must not be empty";
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading: building the graph

class Reader {
public:
    explicit Reader(std::string name) : name_(std::move(name)) {}

    Graph read(std::string_view text) {
        // A byte order mark (editors on some systems add one) is not JSON; skip it.
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos)
            throw FileError(name_ + ": not a stancegraph snapshot (the file is empty)");
        // Our own GraphML export, or another XML file, handed back: say what it is rather than
        // "invalid JSON" at 1:1.
        if (text[first] == '<')
            throw FileError(name_ + ": not a stancegraph snapshot (it is XML, perhaps a GraphML export; give the JSON "
                                    "snapshot that stancegraph build -o wrote)");
        rapidjson::Document doc;
        if (const rapidjson::ParseResult parsed = parse_json_exact(doc, text); parsed.IsError()) {
            auto [line, col] = line_col(text, parsed.Offset());
            std::string msg = name_ + ":" + std::to_string(line) + ":" + std::to_string(col) +
                              ": invalid JSON: " + rapidjson::GetParseError_En(parsed.Code());
            if (parsed.Offset() >= text.size()) msg += " (the file ends here: is it truncated?)";
            throw FileError(msg);
        }
        check_depth(doc);
        if (const auto at = first_huge_number(doc))
            invalid(*at, "number out of range (a snapshot holds no number beyond 64-bit integers)");
        check_format(doc);
        validate(doc);
        return build(doc);
    }

private:
    [[noreturn]] void invalid(const std::string& pointer, const std::string& what) const {
        throw FileError(name_ + ": invalid snapshot at " + pointer + ": " + what);
    }

    // Parsing is iterative, but walking a DOM (schema validation, writing) recurses; a snapshot
    // is never nested deeper than 6 levels, so anything much deeper is refused before it is walked.
    void check_depth(const rapidjson::Document& doc) const {
        constexpr std::size_t kMaxDepth = 16;
        struct Frame {
            const rapidjson::Value* value;
            std::string pointer;
            std::size_t depth;
        };
        std::vector<Frame> stack{{&doc, "", 0}};
        while (!stack.empty()) {
            Frame f = std::move(stack.back());
            stack.pop_back();
            if (f.depth > kMaxDepth)
                throw FileError(name_ + ": not a stancegraph snapshot (nested deeper than " + std::to_string(kMaxDepth) +
                                " levels at " + f.pointer + ")");
            if (f.value->IsObject()) {
                for (const auto& m : f.value->GetObject())
                    if (m.value.IsObject() || m.value.IsArray())
                        stack.push_back({&m.value, f.pointer + "/" + text::valid_utf8(m.name.GetString()), f.depth + 1});
            } else if (f.value->IsArray()) {
                for (rapidjson::SizeType i = 0; i < f.value->Size(); ++i)
                    if ((*f.value)[i].IsObject() || (*f.value)[i].IsArray())
                        stack.push_back({&(*f.value)[i], f.pointer + "/" + std::to_string(i), f.depth + 1});
            }
        }
    }

    // A file that is JSON but not ours gets a plain answer instead of a list of schema errors.
    void check_format(const rapidjson::Document& doc) const {
        const rapidjson::Value* fmt = nullptr;
        if (doc.IsObject()) {
            auto it = doc.FindMember("format");
            if (it != doc.MemberEnd()) fmt = &it->value;
        }
        if (!fmt || !fmt->IsString() || std::string_view(fmt->GetString()) != kFormat)
            throw FileError(name_ + ": not a stancegraph snapshot (expected a JSON object with \"format\": \"" +
                            kFormat + "\")");
        auto v = doc.FindMember("version");
        if (v == doc.MemberEnd() || !v->value.IsInt() || v->value.GetInt() != kVersion)
            throw FileError(name_ + ": unsupported stancegraph snapshot version " +
                            (v == doc.MemberEnd() ? std::string("(none)") : json_text(v->value)) +
                            "; this program reads version " + std::to_string(kVersion));
    }

    void validate(const rapidjson::Document& doc) const {
        static const rapidjson::Document schema_json = [] {
            rapidjson::Document d;
            d.Parse(kSchema);
            return d;
        }();
        // A broken compiled-in schema is a build bug; fail loudly rather than accept anything.
        if (schema_json.HasParseError()) throw std::logic_error("schemas/graph.schema.json is not valid JSON");
        static const rapidjson::SchemaDocument schema(schema_json);
        rapidjson::SchemaValidator validator(schema);
        if (doc.Accept(validator)) return;
        const rapidjson::Pointer doc_ptr = validator.GetInvalidDocumentPointer();
        const rapidjson::Pointer schema_ptr = validator.GetInvalidSchemaPointer();
        throw FileError(name_ + ": schema error at " + pointer_text(doc_ptr) + ": " +
                        explain(validator.GetInvalidSchemaKeyword(), schema_ptr.Get(schema_json), doc_ptr, doc_ptr.Get(doc)));
    }

    Graph build(const rapidjson::Document& doc) const {
        Graph g;
        const auto& nodes = doc["nodes"];
        const auto& edges = doc["edges"];
        std::unordered_map<std::string, NodeId> by_key;
        // merged key -> (surviving node, where the key was declared)
        std::map<std::string, std::pair<NodeId, std::string>> merged;
        struct DocumentLink {
            NodeId claim;
            std::string document_key;
            std::string at;
        };
        std::vector<DocumentLink> documents_to_link, organisations_to_link;

        for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
            const auto& jn = nodes[i];
            std::string at = "/nodes/" + std::to_string(i);
            Node n;
            n.key = text(jn["key"]);
            n.kind = *node_kind_from(text(jn["kind"]));  // the schema's enum guarantees it
            n.name = text(jn["name"]);
            for (const auto& a : jn["aliases"].GetArray()) n.aliases.emplace_back(text(a));
            n.description = text(jn["description"]);
            if (by_key.count(n.key) || merged.count(n.key))
                invalid(at + "/key", "duplicate key \"" + n.key + "\"");
            auto claim = jn.FindMember("claim");
            bool has_claim = claim != jn.MemberEnd();
            if (n.kind == NodeKind::Claim && !has_claim) invalid(at, "a claim node needs a \"claim\" member");
            if (n.kind != NodeKind::Claim && has_claim)
                invalid(at + "/claim", "only claim nodes have a \"claim\" member");
            if (has_claim) {
                const auto& jc = claim->value;
                n.claim.span.start = jc["span"][0].GetUint64();
                n.claim.span.end = jc["span"][1].GetUint64();
                if (n.claim.span.start > n.claim.span.end)
                    invalid(at + "/claim/span", "start " + std::to_string(n.claim.span.start) + " is after end " +
                                                    std::to_string(n.claim.span.end));
                n.claim.kind = *claim_kind_from(text(jc["kind"]));
                n.claim.comment = jc["comment"].GetBool();
                n.claim.confidence = jc["confidence"].GetDouble();
                n.claim.manual = jc["manual"].GetBool();
            }
            auto document = jn.FindMember("document");
            if (document != jn.MemberEnd()) {
                if (n.kind != NodeKind::Document) invalid(at + "/document", "only document nodes have a \"document\" member");
                const auto& jd = document->value;
                for (const auto& [name, value] :
                     {std::pair{"date", &n.document.date}, {"source", &n.document.source}, {"author", &n.document.author},
                      {"section", &n.document.section}, {"type", &n.document.type}, {"url", &n.document.url}})
                    if (auto m = jd.FindMember(name); m != jd.MemberEnd()) *value = text(m->value);
            }
            if (n.key.empty()) invalid(at + "/key", "a node needs a key");
            NodeId id = kNoNode;
            try {
                id = g.add_node(std::move(n));
            } catch (const std::exception& e) {  // the graph's own checks: a file error here, never a crash
                invalid(at, e.what());
            }
            by_key.emplace(g.node(id).key, id);
            if (has_claim && claim->value["document"].IsString())  // null: a claim without a document
                documents_to_link.push_back({id, text(claim->value["document"]), at + "/claim/document"});
            if (has_claim)
                if (auto org = claim->value.FindMember("organisation"); org != claim->value.MemberEnd())
                    organisations_to_link.push_back({id, text(org->value), at + "/claim/organisation"});
            if (auto m = jn.FindMember("merged_keys"); m != jn.MemberEnd()) {
                for (rapidjson::SizeType k = 0; k < m->value.Size(); ++k) {
                    std::string mk = text(m->value[k]);
                    std::string mat = at + "/merged_keys/" + std::to_string(k);
                    if (merged.count(mk)) invalid(mat, "duplicate key \"" + mk + "\"");
                    merged.emplace(mk, std::make_pair(id, mat));
                }
            }
        }

        // Claims may precede their document in the file, so documents are linked afterwards.
        for (const auto& link : documents_to_link) {
            auto it = by_key.find(link.document_key);
            if (it == by_key.end()) invalid(link.at, "no node has key \"" + link.document_key + "\"");
            if (g.node(it->second).kind != NodeKind::Document)
                invalid(link.at, "\"" + link.document_key + "\" is not a document");
            g.node_mut(link.claim).claim.document = it->second;
        }
        for (const auto& link : organisations_to_link) {
            auto it = by_key.find(link.document_key);
            if (it == by_key.end()) invalid(link.at, "no node has key \"" + link.document_key + "\"");
            if (g.node(it->second).kind != NodeKind::Organisation)
                invalid(link.at, "\"" + link.document_key + "\" is not an organisation");
            g.node_mut(link.claim).claim.organisation = it->second;
        }

        for (rapidjson::SizeType i = 0; i < edges.Size(); ++i) {
            const auto& je = edges[i];
            std::string at = "/edges/" + std::to_string(i);
            auto endpoint = [&](const char* member) {
                auto it = by_key.find(text(je[member]));
                if (it == by_key.end())
                    invalid(at + "/" + member, std::string("no node has key \"") + text(je[member]) + "\"");
                return it->second;
            };
            NodeId from = endpoint("from"), to = endpoint("to");
            EdgeId id = 0;
            try {
                id = g.add_edge(from, to, *edge_kind_from(text(je["kind"])), text(je["role"]),
                                je["confidence"].GetDouble(), je["manual"].GetBool());
            } catch (const std::exception& e) {
                invalid(at, e.what());
            }
            if (auto ev = je.FindMember("evidence"); ev != je.MemberEnd())
                g.add_evidence(id, evidence(g, ev->value, by_key, at + "/evidence"));
        }

        // Merged keys: recreate the redirect the way it arose, by merging a stand-in node away.
        for (const auto& [key, where] : merged) {
            const auto& [owner, at] = where;
            if (by_key.count(key)) invalid(at, "key \"" + key + "\" is also the key of a live node");
            Node stand_in;
            stand_in.kind = g.node(owner).kind;
            stand_in.key = key;
            stand_in.name = g.node(owner).name;
            NodeId tmp = g.add_node(std::move(stand_in));
            g.merge(owner, tmp);
        }
        return g;
    }

    // An edge's evidence (older snapshots have none): spans in order, documents that exist.
    std::vector<Evidence> evidence(const Graph& g, const rapidjson::Value& items, const std::unordered_map<std::string, NodeId>& by_key,
                                   const std::string& at) const {
        std::vector<Evidence> out;
        for (rapidjson::SizeType k = 0; k < items.Size(); ++k) {
            const auto& ji = items[k];
            const std::string iat = at + "/" + std::to_string(k);
            Evidence x;
            x.role = text(ji["role"]);
            x.words = text(ji["words"]);
            x.span.start = ji["span"][0].GetUint64();
            x.span.end = ji["span"][1].GetUint64();
            if (x.span.start > x.span.end)
                invalid(iat + "/span", "start " + std::to_string(x.span.start) + " is after end " + std::to_string(x.span.end));
            if (ji["document"].IsString()) {
                const std::string key = text(ji["document"]);
                auto it = by_key.find(key);
                if (it == by_key.end()) invalid(iat + "/document", "no node has key \"" + key + "\"");
                if (g.node(it->second).kind != NodeKind::Document) invalid(iat + "/document", "\"" + key + "\" is not a document");
                x.document = it->second;
            }
            out.push_back(std::move(x));
        }
        return out;
    }

    std::string name_;
};

}  // namespace

void write_snapshot(const Graph& g, std::ostream& out) {
    rapidjson::StringBuffer sb;
    JsonWriter w(sb);
    auto emit = [&] {
        out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
        sb.Clear();
    };
    auto merged = merged_keys(g);
    out << "{\n\"format\": \"" << kFormat << "\",\n\"version\": " << kVersion << ",\n\"nodes\": [";
    bool first = true;
    for (NodeId n = 0; n < g.node_capacity(); ++n) {
        const Node& node = g.node(n);
        if (!node.alive) continue;
        out << (first ? "\n" : ",\n");
        first = false;
        w.Reset(sb);
        auto m = merged.find(n);
        write_node(w, g, node, m == merged.end() ? nullptr : &m->second);
        emit();
    }
    out << "\n],\n\"edges\": [";
    first = true;
    for (EdgeId e = 0; e < g.edge_capacity(); ++e) {
        const Edge& edge = g.edge(e);
        if (!edge.alive || !g.node(edge.from).alive || !g.node(edge.to).alive) continue;
        out << (first ? "\n" : ",\n");
        first = false;
        w.Reset(sb);
        write_edge(w, g, edge);
        emit();
    }
    out << "\n]\n}\n";
}

Graph read_snapshot(std::istream& in, const std::string& name_for_messages) {
    std::ostringstream buffer;
    if (in.peek() != std::char_traits<char>::eof()) buffer << in.rdbuf();  // << of an empty rdbuf sets failbit
    if (in.bad() || buffer.bad()) throw FileError(name_for_messages + ": cannot read");
    const std::string text = std::move(buffer).str();
    return Reader(name_for_messages).read(text);
}

Graph load_snapshot(const std::filesystem::path& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) throw FileError(path.string() + ": is a folder, not a snapshot file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(path.string() + ": cannot open: " + std::strerror(errno));
    return read_snapshot(in, path.string());
}

void save_snapshot(const Graph& g, const std::filesystem::path& path) {
    write_file_atomically(path, [&](std::ostream& out) { write_snapshot(g, out); });
}

}  // namespace sg
