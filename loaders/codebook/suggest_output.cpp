// The two formats of `stancegraph codebook suggest`: text for a person, JSON for tools.
#include <algorithm>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/export/utf8.hpp"
#include "loaders/codebook/suggest.hpp"

namespace sg::loaders {
namespace {

template <class W>
void put(W& w, std::string_view s) {
    std::string clean = text::valid_utf8(s);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// A JSON string literal, for the ready-to-paste arrays of the text format.
std::string json_string(std::string_view s) {
    rapidjson::StringBuffer sb;
    rapidjson::Writer<rapidjson::StringBuffer> w(sb);
    put(w, s);
    return std::string(sb.GetString(), sb.GetSize());
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void text_claims(std::ostream& out, const char* title, const std::vector<SuggestedClaim>& claims, std::size_t total) {
    out << "  " << title << ": " << total;
    if (claims.size() < total) out << " (the first " << claims.size() << " shown)";
    out << "\n";
    for (const auto& c : claims) {
        out << "    " << (c.speaker.empty() ? std::string("(no speaker)") : text::valid_utf8(c.speaker)) << " \xE2\x80\x94 \""
            << c.text << "\" (" << text::valid_utf8(c.document) << (c.comment ? ", reader's comment" : "") << ")";
        if (!c.mentions.empty()) {
            out << "  [";
            for (std::size_t i = 0; i < c.mentions.size(); ++i) out << (i ? ", " : "") << text::valid_utf8(c.mentions[i]);
            out << "]";
        }
        out << "\n";
    }
}

void text_phrases(std::ostream& out, const char* title, const char* field, const std::vector<SuggestedPhrase>& phrases,
                  const char* counts) {
    out << "  " << title;
    if (phrases.empty()) {
        out << ": none\n";
        return;
    }
    out << " (" << counts << "):\n";
    std::size_t width = 0;
    for (const auto& p : phrases) width = std::max(width, json_string(p.phrase).size());
    for (const auto& p : phrases) {
        std::string q = json_string(p.phrase);
        out << "    " << q << std::string(width - q.size() + 2, ' ') << p.claims << " / " << p.elsewhere << "   \""
            << p.example << "\" (" << text::valid_utf8(p.example_document) << ")\n";
    }
    out << "    \"" << field << "\": [";
    for (std::size_t i = 0; i < phrases.size(); ++i) out << (i ? ", " : "") << json_string(phrases[i].phrase);
    out << "]\n";
}

template <class W>
void json_claims(W& w, const char* name, const std::vector<SuggestedClaim>& claims, std::size_t total) {
    w.Key(name);
    w.StartObject();
    w.Key("total");
    w.Uint64(total);
    w.Key("claims");
    w.StartArray();
    for (const auto& c : claims) {
        w.StartObject();
        w.Key("key");
        put(w, c.key);
        w.Key("speaker");
        if (c.speaker.empty()) w.Null();
        else put(w, c.speaker);
        w.Key("document");
        put(w, c.document);
        w.Key("span");
        w.StartArray();
        w.Uint64(c.span.start);
        w.Uint64(c.span.end);
        w.EndArray();
        w.Key("comment");
        w.Bool(c.comment);
        w.Key("text");
        put(w, c.text);
        w.Key("mentions");
        w.StartArray();
        for (const auto& m : c.mentions) put(w, m);
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
}

template <class W>
void json_phrases(W& w, const char* name, const char* elsewhere, const std::vector<SuggestedPhrase>& phrases) {
    w.Key(name);
    w.StartArray();
    for (const auto& p : phrases) {
        w.StartObject();
        w.Key("phrase");
        put(w, p.phrase);
        w.Key("words");
        w.Uint64(p.words);
        w.Key("claims");
        w.Uint64(p.claims);
        w.Key(elsewhere);
        w.Uint64(p.elsewhere);
        w.Key("example");
        put(w, p.example);
        w.Key("example_document");
        put(w, p.example_document);
        w.EndObject();
    }
    w.EndArray();
}

}  // namespace

void write_suggestions_text(const Suggestions& s, std::ostream& out, const std::string& graph_label,
                            const std::string& codebook_label) {
    out << "Suggestions for codebook " << codebook_label << " from graph " << graph_label << "\n";
    out << "Phrases: claims near its mentions / near other positions' (cues) or on the other side (framing).\n";
    for (const auto& p : s.positions) {
        out << "\n== " << p.id << ": " << text::valid_utf8(p.label) << "\n";
        out << "  " << plural(p.supports, "claim supports", "claims support") << " it, "
            << plural(p.opposes, "claim opposes", "claims oppose") << " it\n";
        text_claims(out, "Undecided (about it, no side)", p.undecided, p.undecided_total);
        text_claims(out, "Missed (use its words, no edge to it)", p.missed, p.missed_total);
        text_phrases(out, "Phrases near its mentions, not yet cues", "cues", p.cues, "claims near it / near others");
        text_phrases(out, "Words near it in claims that support it", "supports_cues", p.supports_cues,
                     "supporting / opposing claims");
        text_phrases(out, "Words near it in claims that oppose it", "opposes_cues", p.opposes_cues,
                     "opposing / supporting claims");
    }
}

void write_suggestions_json(const Suggestions& s, std::ostream& out, const std::string& graph_label,
                            const std::string& codebook_label, const std::vector<std::string>& warnings) {
    rapidjson::StringBuffer sb;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
    w.SetIndent(' ', 2);
    w.StartObject();
    w.Key("graph");
    put(w, graph_label);
    w.Key("codebook");
    put(w, codebook_label);
    w.Key("warnings");
    w.StartArray();
    for (const auto& m : warnings) put(w, m);
    w.EndArray();
    w.Key("positions");
    w.StartArray();
    for (const auto& p : s.positions) {
        w.StartObject();
        w.Key("id");
        put(w, p.id);
        w.Key("label");
        put(w, p.label);
        w.Key("supports");
        w.Uint64(p.supports);
        w.Key("opposes");
        w.Uint64(p.opposes);
        json_claims(w, "undecided", p.undecided, p.undecided_total);
        json_claims(w, "missed", p.missed, p.missed_total);
        json_phrases(w, "cues", "near_other_positions", p.cues);
        json_phrases(w, "supports_cues", "opposing_claims", p.supports_cues);
        json_phrases(w, "opposes_cues", "supporting_claims", p.opposes_cues);
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
    out.put('\n');
}

}  // namespace sg::loaders
