#include "loaders/codebook/codebook.hpp"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "graph/error.hpp"
#include "loaders/common/lexicon_file.hpp"
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

// Whether, in one run of words with no gap, a word stands in two terms, one of them with "|".
bool run_repeats_a_word(const std::vector<std::string>& run) {
    std::vector<std::vector<std::string>> terms;
    for (const auto& w : run) {
        auto& alts = terms.emplace_back();
        for (const auto& a : split_trimmed(w, '|')) alts.push_back(ascii_lower(a));
    }
    for (std::size_t i = 0; i < run.size(); ++i)
        for (std::size_t j = i + 1; j < run.size(); ++j) {
            if (run[i].find('|') == std::string::npos && run[j].find('|') == std::string::npos) continue;
            for (const auto& a : terms[i])
                if (std::find(terms[j].begin(), terms[j].end(), a) != terms[j].end()) return true;
        }
    return false;
}

void add_cue_warnings(const CodebookPosition& pos, std::size_t index, const std::string& label,
                      std::vector<std::string>& warnings) {
    const std::pair<const char*, const std::vector<std::string>*> fields[] = {
        {"cues", &pos.cues}, {"supports_cues", &pos.supports_cues}, {"opposes_cues", &pos.opposes_cues}};
    for (const auto& [field, list] : fields)
        for (std::size_t k = 0; k < list->size(); ++k)
            if (std::string w = phrase_bar_warning((*list)[k]); !w.empty())
                warnings.push_back(label + ": " + json_pointer("positions", index) + "/" + field + "/" +
                                   std::to_string(k) + ": " + w);
}

}  // namespace

std::string phrase_bar_warning(std::string_view cue) {
    const std::vector<std::string> words = split_trimmed(cue, ' ');
    std::vector<std::string> run;
    bool found = false;
    auto close_run = [&] {
        if (run.size() > 1 && run_repeats_a_word(run)) found = true;
        run.clear();
    };
    std::string reading;
    for (const auto& w : words) {
        if (w == "..." || w == "\xE2\x80\xA6") {
            close_run();
            reading += (reading.empty() ? "" : " ") + w;
            continue;
        }
        run.push_back(w);
        reading += (reading.empty() ? "" : " ") + (w.find('|') == std::string::npos ? w : "(" + w + ")");
    }
    close_run();
    if (!found) return {};
    return "\"" + std::string(cue) + "\" reads \"" + reading +
           "\": \"|\" joins single words, not phrases; write each alternative phrase as a cue of its own";
}

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
        add_cue_warnings(pos, i, label, book.warnings);
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
