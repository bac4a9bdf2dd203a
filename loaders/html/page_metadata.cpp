#include "loaders/html/page_metadata.hpp"

#include <map>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "loaders/html/markup_words.hpp"
#include "loaders/html/readable_text.hpp"
#include "loaders/metadata/dates.hpp"

namespace sg::loaders {
namespace {

// What the walk of the page collects; the choice between sources is made after it.
struct Found {
    std::map<std::string, std::string, std::less<>> meta;  // property or name (lower case) -> content
    std::string title_element, h1, time, byline, canonical;
    std::vector<std::string> json_ld;
};

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trimmed(std::string s) {
    const auto b = s.find_first_not_of(" \t\n");
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(" \t\n") - b + 1);
}

// "By Jane Doe" -> "Jane Doe"; "Jane Doe, health editor" stays as written.
std::string byline_name(std::string s) {
    s = trimmed(std::move(s));
    if (s.size() > 3 && (s.compare(0, 3, "By ") == 0 || s.compare(0, 3, "by ") == 0 || s.compare(0, 3, "BY ") == 0))
        s = trimmed(s.substr(3));
    return s;
}

// An ISO date-time as the graph keeps it: the date, and the time when it is given ("T09:30").
std::string iso_date(const std::string& value) {
    if (auto d = read_date(value.substr(0, 19))) return *d;
    if (auto d = read_date(value.substr(0, 10))) return *d;
    return {};
}

std::string json_string(const rapidjson::Value& v) {
    if (v.IsString()) return v.GetString();
    if (v.IsObject() && v.HasMember("name") && v["name"].IsString()) return v["name"].GetString();
    if (v.IsArray() && !v.Empty()) return json_string(v[0]);
    return {};
}

// Reads the article object(s) of a JSON-LD block: a NewsArticle, or one in "@graph" or a list.
void read_json_ld(const rapidjson::Value& v, DocumentInfo& info, std::string& headline, int depth = 0) {
    if (depth > 4) return;
    if (v.IsArray()) {
        for (const auto& item : v.GetArray()) read_json_ld(item, info, headline, depth + 1);
        return;
    }
    if (!v.IsObject()) return;
    if (v.HasMember("@graph")) read_json_ld(v["@graph"], info, headline, depth + 1);
    auto take = [&](const char* key, std::string& into) {
        if (into.empty() && v.HasMember(key)) into = trimmed(json_string(v[key]));
    };
    std::string published;
    take("datePublished", published);
    if (info.date.empty() && !published.empty()) info.date = iso_date(published);
    take("headline", headline);
    take("author", info.author);
    take("articleSection", info.section);
    take("url", info.url);
    if (info.source.empty() && v.HasMember("publisher")) info.source = trimmed(json_string(v["publisher"]));
}

void collect(const GumboNode* root, Found& f) {
    std::vector<const GumboNode*> stack{root};
    while (!stack.empty()) {
        const GumboNode* n = stack.back();
        stack.pop_back();
        if (n->type == GUMBO_NODE_DOCUMENT) {
            for (unsigned k = n->v.document.children.length; k-- > 0;)
                stack.push_back(static_cast<const GumboNode*>(n->v.document.children.data[k]));
            continue;
        }
        if (n->type != GUMBO_NODE_ELEMENT) continue;
        const GumboElement& e = n->v.element;
        switch (e.tag) {
            case GUMBO_TAG_META: {
                std::string key = lower(attribute(e, "property"));
                if (key.empty()) key = lower(attribute(e, "name"));
                if (!key.empty()) f.meta.emplace(key, trimmed(std::string(attribute(e, "content"))));
                continue;
            }
            case GUMBO_TAG_LINK:
                if (lower(attribute(e, "rel")) == "canonical" && f.canonical.empty()) f.canonical = attribute(e, "href");
                continue;
            case GUMBO_TAG_TITLE:
                if (f.title_element.empty()) f.title_element = trimmed(element_text(n, 500));
                continue;
            case GUMBO_TAG_SCRIPT:
                if (lower(attribute(e, "type")) == "application/ld+json" && f.json_ld.size() < 8 && e.children.length > 0) {
                    const auto* t = static_cast<const GumboNode*>(e.children.data[0]);
                    if (t->type == GUMBO_NODE_TEXT && t->v.text.original_text.length < (1u << 20))
                        f.json_ld.emplace_back(t->v.text.text);
                }
                continue;
            case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
                continue;
            case GUMBO_TAG_H1:
                if (f.h1.empty()) f.h1 = trimmed(element_text(n, 500));
                continue;
            case GUMBO_TAG_TIME:
                if (f.time.empty()) f.time = attribute(e, "datetime");
                break;
            default:
                break;
        }
        const auto words = markup_words(e);
        // the comments have authors and times of their own: not the article's
        if (is_comment_section_markup(words)) continue;
        if (f.byline.empty() && (lower(attribute(e, "rel")) == "author" || is_author_markup(words)))
            f.byline = byline_name(element_text(n, 200));
        for (unsigned k = e.children.length; k-- > 0;) stack.push_back(static_cast<const GumboNode*>(e.children.data[k]));
    }
}

std::string meta(const Found& f, std::string_view key) {
    auto it = f.meta.find(key);
    return it == f.meta.end() ? std::string{} : it->second;
}

}  // namespace

void page_metadata(const GumboNode* root, HtmlPage& out) {
    Found f;
    collect(root, f);
    DocumentInfo& info = out.info;
    std::string headline;
    for (const auto& block : f.json_ld) {
        rapidjson::Document d;
        d.Parse(block.c_str());
        if (!d.HasParseError()) read_json_ld(d, info, headline);
    }
    // The publication date the page's head states (article:published_time, then JSON-LD) before
    // the first <time datetime> of the body outside the comments, which may date something else.
    const std::string json_date = info.date;
    info.date.clear();
    for (const auto& candidate : {meta(f, "article:published_time"), meta(f, "datepublished"), json_date, f.time,
                                  meta(f, "date")})
        if (info.date.empty() && !candidate.empty()) info.date = candidate == json_date ? json_date : iso_date(candidate);

    const std::string meta_author = meta(f, "author");
    std::string article_author = meta(f, "article:author");
    if (article_author.rfind("http", 0) == 0) article_author.clear();  // a profile address, not a name
    for (const auto& candidate : {meta_author, article_author, std::string(info.author), f.byline})
        if (!candidate.empty()) {
            info.author = candidate;
            break;
        }
    if (const auto site = meta(f, "og:site_name"); !site.empty()) info.source = site;
    if (const auto section = meta(f, "article:section"); !section.empty()) info.section = section;
    for (const auto& candidate : {f.canonical, meta(f, "og:url"), std::string(info.url)})
        if (!candidate.empty()) {
            info.url = candidate;
            break;
        }
    for (const auto& candidate : {f.h1, meta(f, "og:title"), headline, f.title_element})
        if (!candidate.empty()) {
            out.title = candidate;
            break;
        }
}

}  // namespace sg::loaders
