// An exact set of words answered by one hash probe: the words' bytes in one string of its own,
// and an open-addressing table of (hash, offset, length). A std::set of strings answers count()
// by walking a tree of string comparisons (an out-of-line compare and a memcmp at each level),
// and the small word lists of the mention finder and the attributor, asked about most words of
// every paragraph, were a top memcmp caller of a build. Holds no pointers into anything (offsets
// into its own bytes), so a copy answers alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sg::loaders {

class WordTable {
public:
    WordTable() = default;
    WordTable(std::initializer_list<std::string_view> words) { assign(words); }

    // The words of any range of strings or string_views (duplicates are kept once).
    template <class Words>
    void assign(const Words& words) {
        bytes_.clear();
        slots_.clear();
        has_empty_ = false;
        std::size_t n = 0;
        for (const auto& w : words) n += !std::string_view(w).empty();
        std::size_t capacity = 8;
        while (capacity < 4 * n) capacity *= 2;  // a quarter full: a miss probes about one slot
        slots_.assign(capacity, Slot{});
        for (const auto& word : words) {
            const std::string_view w(word);
            if (w.empty()) {
                has_empty_ = true;
                continue;
            }
            if (contains(w)) continue;
            const std::uint32_t h = hash(w);
            std::size_t s = h & (capacity - 1);
            while (slots_[s].size != 0) s = (s + 1) & (capacity - 1);
            slots_[s] = Slot{h, static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(w.size())};
            bytes_.append(w);
        }
    }

    bool contains(std::string_view w) const {
        if (w.empty()) return has_empty_;
        if (slots_.empty()) return false;
        const std::uint32_t h = hash(w);
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = h & mask; slots_[s].size != 0; s = (s + 1) & mask) {
            const Slot& slot = slots_[s];
            if (slot.hash == h && slot.size == w.size() && std::memcmp(bytes_.data() + slot.offset, w.data(), w.size()) == 0)
                return true;
        }
        return false;
    }
    // As a std::set's count: 1 if held, else 0.
    std::size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }

private:
    // FNV-1a: a few instructions a byte, and the words asked about are short.
    static std::uint32_t hash(std::string_view w) {
        std::uint32_t h = 2166136261u;
        for (unsigned char c : w) h = (h ^ c) * 16777619u;
        return h;
    }
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t offset = 0;
        std::uint32_t size = 0;  // 0: a free slot (the empty word is has_empty_)
    };
    std::string bytes_;
    std::vector<Slot> slots_;  // a power of two long, or empty (nothing assigned)
    bool has_empty_ = false;
};

}  // namespace sg::loaders
