#include "loaders/stance/stance_tokens.hpp"

#include <atomic>

namespace sg::loaders::stance {
namespace {

bool ascii_alnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether the full stop at `i` follows a lone capital letter ("U.S. Congress", "John F. Smith"):
// an initial's, which ends no sentence.
bool ends_initial(std::string_view t, std::size_t i) {
    if (i == 0 || t[i - 1] < 'A' || t[i - 1] > 'Z') return false;
    return i == 1 || !ascii_alnum(static_cast<unsigned char>(t[i - 2]));
}

// (Compared byte by byte: the suffixes are two or three letters, and a call to memcmp for each
// was a good share of tokenising and matching.)
bool ends_with(std::string_view s, std::string_view suf) {
    if (s.size() < suf.size()) return false;
    const char* tail = s.data() + (s.size() - suf.size());
    for (std::size_t i = 0; i < suf.size(); ++i)
        if (tail[i] != suf[i]) return false;
    return true;
}

bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Length in bytes of an apostrophe-like mark at text[i] (' ’ ´), 0 if none.
// (The first byte is looked at before a comparison: this is asked at the end of every word.)
std::size_t apostrophe_at(std::string_view t, std::size_t i) {
    if (t[i] == '\'') return 1;
    if (t[i] == '\xE2' && t.compare(i, 3, "\xE2\x80\x99") == 0) return 3;  // ’
    if (t[i] == '\xC2' && t.compare(i, 2, "\xC2\xB4") == 0) return 2;      // ´
    return 0;
}

// Classifies a non-word character sequence at text[i]; returns its byte length and kind, or
// length 0 for characters that are simply skipped (spaces, other symbols).
std::pair<std::size_t, TokKind> punct_at(std::string_view t, std::size_t i, bool& skip) {
    skip = false;
    unsigned char c = static_cast<unsigned char>(t[i]);
    switch (c) {
        case '.': case '!': case '?': return {1, TokKind::SentenceEnd};
        case ';': case ':': return {1, TokKind::ClauseBreak};
        case ',': case '(': case ')': return {1, TokKind::Comma};
        case '"': case '\'': case '`': return {1, TokKind::Quote};
        default: break;
    }
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
        unsigned char d = static_cast<unsigned char>(t[i + 2]);
        if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) return {3, TokKind::Quote};  // ‘ ’ “ ”
        if (d == 0x93 || d == 0x94) return {3, TokKind::Comma};                            // – —
        if (d == 0xA6) return {3, TokKind::SentenceEnd};                                    // …
    }
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xB4) return {2, TokKind::Quote};
    skip = true;
    if (c < 0x80) return {1, TokKind::Quote};
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    return {n, TokKind::Quote};
}

// A letter of a word: ASCII alphanumerics and any non-ASCII character that is not one of the
// punctuation marks above (accented letters).
bool word_byte_at(std::string_view t, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (ascii_alnum(c)) return true;
    if (c < 0x80) return false;
    bool skip = false;
    auto [len, kind] = punct_at(t, i, skip);
    (void)len;
    (void)kind;
    return skip && c >= 0xC0;  // a multi-byte character that is not punctuation
}

std::size_t utf8_len(unsigned char c) { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

// The irregular forms whose stems are kept (keep_stems_for), null: none.
std::atomic<const IrregularForms*> kept_irregular{nullptr};

// One thread's stemmed words (lower-cased form -> stem and its id), for the registered irregular
// forms: a flat open-addressing table, at most half full. A word token's stem depends on its
// lower-cased form alone, and a corpus repeats its words: most are found here.
class StemCache {
public:
    struct Entry {
        std::uint64_t hash = 0;
        std::string lower, stem;
        StemId id = kNoStem;  // kNoStem: a free slot
    };
    // (FNV-1a: words are short, and std::hash's call was a good part of a look-up)
    static std::uint64_t hash(std::string_view w) {
        std::uint64_t h = 14695981039346656037ull;
        for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h;
    }
    const Entry* find(std::string_view lower, std::uint64_t h) const {
        if (slots_.empty()) return nullptr;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = h & mask; slots_[s].id != kNoStem; s = (s + 1) & mask)
            if (slots_[s].hash == h && slots_[s].lower == lower) return &slots_[s];
        return nullptr;
    }
    void add(std::string_view lower, std::uint64_t h, const std::string& stem, StemId id) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = h & mask;
        while (slots_[s].id != kNoStem) s = (s + 1) & mask;
        slots_[s].hash = h;
        slots_[s].lower.assign(lower);
        slots_[s].stem = stem;
        slots_[s].id = id;
        ++used_;
    }

private:
    void grow() {
        std::vector<Entry> old(std::max<std::size_t>(1024, 2 * slots_.size()));
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (Entry& e : old)
            if (e.id != kNoStem) {
                std::size_t s = e.hash & mask;
                while (slots_[s].id != kNoStem) s = (s + 1) & mask;
                slots_[s] = std::move(e);
            }
    }
    std::vector<Entry> slots_;
    std::size_t used_ = 0;
};

thread_local StemCache stem_cache;

}  // namespace

std::string stem_word(std::string_view lower, const IrregularForms& irregular) {
    std::string w(lower);
    if (auto it = irregular.find(w); it != irregular.end()) w = it->second;
    if (ends_with(w, "'s")) w.resize(w.size() - 2);
    while (!w.empty() && w.back() == '\'') w.pop_back();
    if (w.size() < 3) return w;
    if (ends_with(w, "ies") && w.size() > 4) {
        w.resize(w.size() - 3);
        w += 'y';
    } else if (ends_with(w, "sses")) {
        w.resize(w.size() - 2);
    } else if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is") &&
               !ends_with(w, "as")) {
        w.pop_back();
    }
    auto undouble = [&] {
        std::size_t n = w.size();
        if (n >= 2 && w[n - 1] == w[n - 2] && !vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' &&
            w[n - 1] != 'z')
            w.pop_back();
    };
    if (ends_with(w, "ing") && w.size() >= 6) {
        w.resize(w.size() - 3);
        undouble();
    } else if (ends_with(w, "ed") && w.size() >= 5) {
        w.resize(w.size() - 2);
        undouble();
    }
    if (ends_with(w, "ment") && w.size() >= 8) w.resize(w.size() - 4);
    if (w.size() >= 4 && w.back() == 'e') w.pop_back();
    return w;
}

void keep_stems_for(const IrregularForms& irregular) { kept_irregular.store(&irregular); }

std::vector<Token> tokenize(std::string_view t, const IrregularForms& irregular) {
    const bool keep = kept_irregular.load(std::memory_order_relaxed) == &irregular;
    std::vector<Token> out;
    out.reserve(t.size() / 4 + 1);  // about one token per five bytes of prose: few reallocations
    std::size_t sentence = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        if (word_byte_at(t, i)) {
            // Made in place in the list (a Token holds three strings: moving one in was a good
            // part of tokenising).
            Token& tok = out.emplace_back();
            tok.begin = i;
            std::string& lower = tok.lower;
            while (i < t.size()) {
                // a run of ASCII letters and digits, lower-cased at once
                std::size_t run = i;
                while (run < t.size() && ascii_alnum(static_cast<unsigned char>(t[run]))) ++run;
                if (run > i) {
                    const std::size_t at = lower.size();
                    lower.append(t.data() + i, run - i);
                    for (std::size_t k = at; k < lower.size(); ++k)
                        if (lower[k] >= 'A' && lower[k] <= 'Z') lower[k] = static_cast<char>(lower[k] - 'A' + 'a');
                    i = run;
                    continue;
                }
                if (word_byte_at(t, i)) {
                    unsigned char c = static_cast<unsigned char>(t[i]);
                    std::size_t n = c < 0x80 ? 1 : utf8_len(c);
                    if (c < 0x80)
                        lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
                    else
                        lower.append(t.substr(i, n));
                    i += n;
                    continue;
                }
                // An apostrophe inside a word (don't, council’s, I´m) belongs to it.
                std::size_t a = apostrophe_at(t, i);
                if (a && i + a < t.size() && ascii_alnum(static_cast<unsigned char>(t[i + a])) &&
                    !lower.empty()) {
                    lower += '\'';
                    i += a;
                    continue;
                }
                break;
            }
            tok.end = i;
            tok.capitalised = t[tok.begin] >= 'A' && t[tok.begin] <= 'Z';
            tok.sentence = sentence;
            if (lower == "cannot") {
                tok.contracted_negation = true;
                tok.base = "can";
            } else if (ends_with(lower, "n't")) {
                tok.contracted_negation = true;
                std::string b = lower.substr(0, lower.size() - 3);
                if (b == "ca") b = "can";
                else if (b == "wo") b = "will";
                else if (b == "sha") b = "shall";
                tok.base = stem_word(b, irregular);
            }
            if (!keep) {
                tok.stem = stem_word(lower, irregular);
                tok.stem_id = stem_id(tok.stem);
            } else {
                const std::uint64_t h = StemCache::hash(lower);
                if (const StemCache::Entry* e = stem_cache.find(lower, h)) {
                    tok.stem = e->stem;
                    tok.stem_id = e->id;
                } else {
                    tok.stem = stem_word(lower, irregular);
                    tok.stem_id = stem_id(tok.stem);
                    stem_cache.add(lower, h, tok.stem, tok.stem_id);
                }
            }
            if (tok.contracted_negation) tok.base_id = stem_id(tok.base);
            continue;
        }
        bool skip = false;
        auto [len, kind] = punct_at(t, i, skip);
        if (!skip) {
            // A full stop between digits (3.5), after a single capital (initials) or before a comma
            // does not end a sentence; neither do repeated marks ("?!", "...").
            bool merge = kind == TokKind::SentenceEnd && !out.empty() && out.back().kind == TokKind::SentenceEnd &&
                         out.back().end == i;
            if (kind == TokKind::SentenceEnd && t[i] == '.' && i > 0 && i + 1 < t.size() &&
                ascii_alnum(static_cast<unsigned char>(t[i - 1])) && ascii_alnum(static_cast<unsigned char>(t[i + 1])))
                kind = TokKind::Quote;
            if (kind == TokKind::SentenceEnd && t[i] == '.' && ends_initial(t, i)) kind = TokKind::Quote;
            // an abbreviation's full stop before a comma or semicolon ("A, D-Ore., and B")
            if (kind == TokKind::SentenceEnd && t[i] == '.' && i + 1 < t.size() && (t[i + 1] == ',' || t[i + 1] == ';'))
                kind = TokKind::Quote;
            if (merge) {
                out.back().end = i + len;
            } else {
                Token& tok = out.emplace_back();
                tok.kind = kind;
                tok.begin = i;
                tok.end = i + len;
                tok.lower = t.substr(i, len);
                tok.sentence = sentence;
                if (kind == TokKind::SentenceEnd) ++sentence;
            }
        }
        i += len;
    }
    return out;
}

}  // namespace sg::loaders::stance
