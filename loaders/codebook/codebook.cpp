#include "loaders/codebook/codebook.hpp"

#include <unordered_map>

#include "graph/error.hpp"
#include "loaders/codebook/json_input.hpp"

namespace sg::loaders {
namespace {

const char kCodebookSchema[] =
#include "embedded/codebook.schema.json.inc"
    ;

std::string string_member(const rapidjson::Value& obj, const char* name) {
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd() || !it->value.IsString()) return {};
    return {it->value.GetString(), it->value.GetStringLength()};
}

std::vector<std::string> string_list(const rapidjson::Value& obj, const char* name) {
    std::vector<std::string> out;
    auto it = obj.FindMember(name);
    if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
    for (const auto& v : it->value.GetArray())
        if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
    return out;
}

}  // namespace

Codebook parse_codebook(std::string_view json, const std::string& label) {
    rapidjson::Document doc = parse_and_validate(json, label, kCodebookSchema);
    Codebook book;
    book.name = string_member(doc, "name");
    // Ids are what queries and annotations name, so two positions with one id would make both
    // unreachable by name; refuse, naming both places.
    std::unordered_map<std::string, std::size_t> seen;
    const auto& positions = doc["positions"];
    for (rapidjson::SizeType i = 0; i < positions.Size(); ++i) {
        const auto& p = positions[i];
        CodebookPosition pos;
        pos.id = string_member(p, "id");
        pos.label = string_member(p, "label");
        pos.description = string_member(p, "description");
        pos.aliases = string_list(p, "aliases");
        pos.cues = string_list(p, "cues");
        pos.supports_cues = string_list(p, "supports_cues");
        pos.opposes_cues = string_list(p, "opposes_cues");
        auto [it, fresh] = seen.emplace(pos.id, i);
        if (!fresh)
            throw FileError(label + ": " + json_pointer("positions", i) + "/id: duplicate position id \"" +
                            pos.id + "\" (first defined at " + json_pointer("positions", it->second) + ")");
        book.positions.push_back(std::move(pos));
    }
    return book;
}

Codebook load_codebook(const std::filesystem::path& file) {
    return parse_codebook(read_text_file(file), file.string());
}

std::vector<NodeId> add_positions(Graph& g, const Codebook& codebook) {
    std::vector<NodeId> ids;
    ids.reserve(codebook.positions.size());
    for (const auto& p : codebook.positions) {
        std::string key = "position:" + p.id;
        if (auto existing = g.find_key(key)) {
            ids.push_back(*existing);
            continue;
        }
        Node n;
        n.kind = NodeKind::Position;
        n.key = std::move(key);
        n.name = p.label.empty() ? p.id : p.label;
        n.description = p.description;
        if (p.id != n.name) n.aliases.push_back(p.id);
        for (const auto& a : p.aliases)
            if (a != n.name && a != p.id) n.aliases.push_back(a);
        ids.push_back(g.add_node(std::move(n)));
    }
    return ids;
}

}  // namespace sg::loaders
