// Build-time tool: the common English words of WordNet, one per line, sorted.
//
//   wordnet_common_words DICT_DIR OUT
//
// Reads DICT_DIR/data.{noun,verb,adj,adv} (Debian's wordnet-base, /usr/share/wordnet) and keeps
// every single-word lemma written in lower case letters only: "science", "brief", "statement".
// Names WordNet knows are written with a capital there ("Clinton", "Paris") and so are left out.
// The list is compiled into the loaders (embedded/common_words.txt.inc): the mention finder
// reads a run of capitalised words made only of such words ("Sound Science", "Issue Brief") as
// no person's name unless something stronger than a comma says it is one.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool plain_lower(const std::string& w) {
    if (w.size() < 2) return false;
    for (char c : w)
        if (c < 'a' || c > 'z') return false;
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: wordnet_common_words DICT_DIR OUT\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::vector<std::string> words;
    for (const char* pos : {"noun", "verb", "adj", "adv"}) {
        const std::string path = dir + "/data." + pos;
        std::ifstream in(path);
        if (!in) {
            std::cerr << "wordnet_common_words: cannot read " << path << "\n";
            return 2;
        }
        std::string line;
        std::size_t line_no = 0, synsets = 0;
        // A malformed line stops the build with the file, the line and what is wrong: a list
        // built from half a file would silently change which names count as common words.
        auto malformed = [&](const char* what) {
            std::cerr << path << ":" << line_no << ": " << what << " (not a WordNet data file? reinstall wordnet-base)\n";
            return 2;
        };
        while (std::getline(in, line)) {
            ++line_no;
            if (line.empty() || line[0] == ' ') continue;  // the licence header
            std::istringstream fields(line);
            std::string offset, lex_file, type, count_hex;
            if (!(fields >> offset >> lex_file >> type >> count_hex)) return malformed("a synset line needs an offset, a file number, a type and a word count");
            if (offset.size() != 8 || offset.find_first_not_of("0123456789") != std::string::npos)
                return malformed("the synset offset is not eight digits");
            if (count_hex.empty() || count_hex.size() > 2 || count_hex.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos)
                return malformed("the word count is not a two-digit hexadecimal number");
            ++synsets;
            const unsigned long count = std::stoul(count_hex, nullptr, 16);
            for (unsigned long k = 0; k < count; ++k) {
                std::string word, lex_id;
                if (!(fields >> word >> lex_id)) break;
                // adjectives may carry a marker: "galore(ip)"
                if (const auto paren = word.find('('); paren != std::string::npos) word.resize(paren);
                if (plain_lower(word)) words.push_back(word);
            }
        }
        if (synsets == 0) {
            std::cerr << path << ": no synsets (an empty or truncated WordNet data file? reinstall wordnet-base)\n";
            return 2;
        }
    }
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    const std::string tmp = std::string(argv[2]) + ".tmp";
    {
        std::ofstream out(tmp);
        out << "# Generated from WordNet 3.0 (wordnet-base) by loaders/tools/wordnet_common_words.cpp\n";
        for (const auto& w : words) out << w << '\n';
        if (!out) {
            std::cerr << "wordnet_common_words: cannot write " << tmp << "\n";
            return 2;
        }
    }
    if (std::rename(tmp.c_str(), argv[2]) != 0) {
        std::cerr << "wordnet_common_words: cannot write " << argv[2] << "\n";
        return 2;
    }
    return 0;
}
