#include "graph/alias_reasons.hpp"

#include <algorithm>
#include <vector>

#include "graph/names.hpp"

namespace sg {
namespace {

// The words of a name without its titles, dots and case: "Sen. Chris Van Hollen" -> chris van hollen.
std::vector<std::string> words(std::string_view name) {
    std::vector<std::string> out;
    const std::string plain = name_without_titles(name);
    std::string word;
    for (char c : plain + " ") {
        if (c == ' ') {
            if (!word.empty()) out.push_back(word);
            word.clear();
        } else if (c != '.') {
            word += c;
        }
    }
    return out;
}

bool ends_with(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() <= longer.size() && std::equal(shorter.rbegin(), shorter.rend(), longer.rbegin());
}

bool starts_with(const std::vector<std::string>& longer, const std::vector<std::string>& shorter) {
    return shorter.size() <= longer.size() && std::equal(shorter.begin(), shorter.end(), longer.begin());
}

bool acronym(std::string_view alias) {
    int upper = 0;
    for (char c : alias) {
        if (c >= 'A' && c <= 'Z') ++upper;
        else if (c != '.' && c != '&' && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z')) return false;
    }
    return upper >= 2 && alias.size() <= 10;
}

// "j" and "jane": the same name word, or one the initial of the other.
bool same_word(const std::string& x, const std::string& y) {
    return x == y || (x.size() == 1 && y.starts_with(x)) || (y.size() == 1 && x.starts_with(y));
}

bool same_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same_word);
}

std::string person_reason(std::string_view name, std::string_view alias) {
    const auto n = words(name), a = words(alias);
    const bool titled = normalise_name(alias) != name_without_titles(alias);
    const std::string title = titled ? "a title and " : "";
    if (a.empty() || n.empty()) return "a title alone";
    if (a == n) return "the name with a title before it (titles are not part of a name)";
    if (same_words(a, n)) return title + "the same name with initials for some words";
    if (a.size() == 1 && a.back() == n.back())
        return title + "the surname alone: the person of that surname named in full most recently before it in its "
                       "document, or the corpus' only person named in full with that surname";
    if (a.size() >= 2 && a.size() < n.size() && ends_with(n, a))
        return title + "the end of the longer name (a surname of two words or more)";
    if (a.size() > n.size() && ends_with(a, n))
        return "the full name after a title or role (or a word no title list knows, such as a misspelt title)";
    if (a.size() >= 2 && n.size() >= 2 && same_word(a.front(), n.front()) && a.back() == n.back())
        return title + "the same first name and surname (middle names or initials differ)";
    if (a.size() == 2 && a.back() == n.back())
        return "a title or role and the surname: the person of that surname named in full in its document or corpus";
    if (a.size() == 1 && a.front() == n.front()) return "the first name alone, in a document that names the person in full";
    return "another name given by an annotation or a reviewer's file";
}

std::string organisation_reason(std::string_view name, std::string_view alias) {
    const auto n = words(name), a = words(alias);
    if (acronym(alias)) return "an acronym: defined in a text as \"Full Name (ACRONYM)\" or known to the gazetteer";
    if (!a.empty() && a.size() < n.size() && ends_with(n, a))
        return "a shorter name of the body a document names in full (its last words)";
    if (!a.empty() && a.size() < n.size() && starts_with(n, a))
        return "the leading words of the name a document uses in full";
    return "another name of the body in the gazetteer (loaders/lexicons/organisations.txt) or from an annotation";
}

}  // namespace

std::string alias_reason(NodeKind kind, std::string_view name, std::string_view alias) {
    return kind == NodeKind::Person ? person_reason(name, alias) : organisation_reason(name, alias);
}

}  // namespace sg
