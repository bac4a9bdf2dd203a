#include "loaders/metadata/metadata.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include "graph/error.hpp"
#include "loaders/metadata/dates.hpp"

namespace sg::loaders {

namespace {

const std::vector<std::string> kFields = {"date", "source", "author", "section", "type", "url"};

// The member of a DocumentInfo a field name means (nullptr for no field); const or not.
template <typename Info>
auto field(Info& d, const std::string& name) -> decltype(&d.date) {
    if (name == "date") return &d.date;
    if (name == "source") return &d.source;
    if (name == "author") return &d.author;
    if (name == "section") return &d.section;
    if (name == "type") return &d.type;
    if (name == "url") return &d.url;
    return nullptr;
}

// Fields of `over` that are set replace those of `base`.
void overlay(DocumentInfo& base, const DocumentInfo& over) {
    for (const auto& f : kFields)
        if (!field(over, f)->empty()) *field(base, f) = *field(over, f);
}

// One CSV record starting at `at` (RFC 4180: quoted fields may hold commas, quotes doubled and
// line breaks); advances `at` and `line`.
std::vector<std::string> csv_record(const std::string& text, std::size_t& at, std::size_t& line, const std::string& name) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    const std::size_t first_line = line;
    while (at < text.size()) {
        const char c = text[at++];
        if (quoted) {
            if (c == '"' && at < text.size() && text[at] == '"') {
                fields.back() += '"';
                ++at;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c == '\n') {
            ++line;
            break;
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    if (quoted) throw FileError(name + ":" + std::to_string(first_line) + ": a quoted field is not closed");
    return fields;
}

void add_entry(std::map<std::string, DocumentInfo>& out, const std::string& name, std::size_t line,
               const std::string& file, DocumentInfo info) {
    const std::string where = name + ":" + std::to_string(line) + ": ";
    if (file.empty()) throw FileError(where + "no file name (the \"file\" field is empty)");
    if (!info.date.empty()) {
        const auto d = read_date(info.date);
        if (!d)
            throw FileError(where + "unparsable date \"" + info.date +
                            "\" (expected 2014-06-12, 2014-06-12T09:30, 12 June 2014 or June 12, 2014)");
        info.date = *d;
    }
    if (!out.emplace(file, std::move(info)).second) throw FileError(where + "\"" + file + "\" is named twice");
}

void read_csv(const std::string& text, const std::string& name, std::map<std::string, DocumentInfo>& out) {
    std::size_t at = 0, line = 1;
    const auto header = csv_record(text, at, line, name);
    std::size_t file_column = header.size();
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == "file") file_column = i;
        else if (std::find(kFields.begin(), kFields.end(), header[i]) == kFields.end())
            throw FileError(name + ":1: unknown column \"" + header[i] + "\" (expected file, date, source, author, section, type, url)");
    }
    if (file_column == header.size()) throw FileError(name + ":1: no \"file\" column in the header");
    while (at < text.size()) {
        const std::size_t row_line = line;
        const auto row = csv_record(text, at, line, name);
        if (row.size() == 1 && row[0].empty()) continue;  // a blank line
        if (row.size() != header.size())
            throw FileError(name + ":" + std::to_string(row_line) + ": " + std::to_string(row.size()) + " fields, the header has " +
                            std::to_string(header.size()));
        DocumentInfo info;
        for (std::size_t i = 0; i < row.size(); ++i)
            if (i != file_column) *field(info, header[i]) = row[i];
        add_entry(out, name, row_line, row[file_column], std::move(info));
    }
}

void read_json_lines(const std::string& text, const std::string& name, std::map<std::string, DocumentInfo>& out) {
    std::istringstream in(text);
    std::string line_text;
    for (std::size_t line = 1; std::getline(in, line_text); ++line) {
        if (line_text.find_first_not_of(" \t\r") == std::string::npos) continue;
        rapidjson::Document d;
        d.Parse<rapidjson::kParseIterativeFlag>(line_text.data(), line_text.size());
        const std::string where = name + ":" + std::to_string(line) + ": ";
        if (d.HasParseError())
            throw FileError(where + "invalid JSON: " + rapidjson::GetParseError_En(d.GetParseError()));
        if (!d.IsObject()) throw FileError(where + "expected a JSON object per line");
        DocumentInfo info;
        std::string file;
        for (const auto& m : d.GetObject()) {
            const std::string key(m.name.GetString(), m.name.GetStringLength());
            if (!m.value.IsString()) throw FileError(where + "\"" + key + "\" must be a string");
            const std::string value(m.value.GetString(), m.value.GetStringLength());
            if (key == "file") file = value;
            else if (std::string* f = field(info, key)) *f = value;
            else throw FileError(where + "unknown member \"" + key + "\" (expected file, date, source, author, section, type, url)");
        }
        add_entry(out, name, line, file, std::move(info));
    }
}

// (?<name>...) -> (...), remembering which group has which name: std::regex has no named groups.
std::string strip_group_names(const std::string& p, std::map<std::string, std::size_t>& groups) {
    std::string out;
    std::size_t group = 0;
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\' && i + 1 < p.size()) {
            out += c;
            out += p[++i];
            continue;
        }
        if (in_class) {
            if (c == ']') in_class = false;
            out += c;
            continue;
        }
        if (c == '[') in_class = true;
        if (c == '(') {
            if (p.compare(i, 3, "(?<") == 0 && i + 3 < p.size() && p[i + 3] != '=' && p[i + 3] != '!') {
                const std::size_t close = p.find('>', i + 3);
                if (close == std::string::npos) throw UsageError("--name-pattern: a group name is not closed by '>'");
                const std::string name = p.substr(i + 3, close - i - 3);
                if (name == "url" || std::find(kFields.begin(), kFields.end(), name) == kFields.end())
                    throw UsageError("--name-pattern: unknown group \"" + name +
                                     "\" (expected date, source, author, section, type)");
                groups[name] = ++group;
                out += '(';
                i = close;
                continue;
            }
            if (i + 1 >= p.size() || p[i + 1] != '?') ++group;
        }
        out += c;
    }
    return out;
}

}  // namespace

std::map<std::string, DocumentInfo> read_metadata_file(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) throw FileError(name + ": cannot open the metadata file");
    std::ostringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);  // spreadsheets write a BOM
    std::map<std::string, DocumentInfo> out;
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first != std::string::npos && text[first] == '{') read_json_lines(text, name, out);
    else read_csv(text, name, out);
    return out;
}

NamePattern::NamePattern(const std::string& pattern) : pattern_(pattern) {
    const std::string plain = strip_group_names(pattern, groups_);
    try {
        regex_ = std::regex(plain, std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        throw UsageError("--name-pattern: invalid regular expression \"" + pattern + "\": " + e.what());
    }
    if (groups_.empty()) throw UsageError("--name-pattern: no named group such as (?<date>...) in \"" + pattern + "\"");
}

std::optional<DocumentInfo> NamePattern::match(const std::string& file_name) const {
    std::smatch m;
    if (!std::regex_match(file_name, m, regex_)) return std::nullopt;
    DocumentInfo info;
    for (const auto& [name, group] : groups_) {
        if (group >= m.size() || !m[group].matched) continue;
        *field(info, name) = m[group].str();
    }
    if (!info.date.empty()) {
        const auto d = read_date(info.date);
        if (!d)
            throw FileError(file_name + ": the file name's date \"" + info.date + "\" (--name-pattern) is not a date");
        info.date = *d;
    }
    return info;
}

std::vector<std::string> apply_metadata(Graph& g, const std::map<std::string, DocumentInfo>& from_file,
                                        const NamePattern* pattern) {
    std::set<std::string> used;
    for (NodeId d : g.nodes_of_kind(NodeKind::Document)) {
        DocumentInfo info = g.node(d).document;  // its dateline, if any
        const std::string& name = g.node(d).name;
        if (pattern)
            if (auto p = pattern->match(name)) overlay(info, *p);
        if (auto it = from_file.find(name); it != from_file.end()) {
            overlay(info, it->second);
            used.insert(name);
        }
        g.node_mut(d).document = info;
    }
    std::vector<std::string> unused;
    for (const auto& [name, info] : from_file)
        if (!used.count(name)) unused.push_back(name);
    return unused;
}

}  // namespace sg::loaders
