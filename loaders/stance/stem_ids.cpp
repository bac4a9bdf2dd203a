#include "loaders/stance/stem_ids.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace sg::loaders::stance {
namespace {

// The process's table: stems kept in a deque (they never move, so views of them stay valid for
// the per-thread caches), found by a hash map of views.
struct SharedTable {
    std::shared_mutex lock;
    std::deque<std::string> stems;
    std::unordered_map<std::string_view, StemId> ids;
};

SharedTable& shared() {
    static SharedTable* table = new SharedTable;  // never destroyed: threads may outlive statics
    return *table;
}

// One thread's cache: a flat open-addressing table of (hash, view into the shared table, id).
// Most look-ups of a build are stems this thread has seen, answered here without a lock.
class Cache {
public:
    StemId find(std::string_view stem, std::size_t h) const {
        if (slots_.empty()) return kNoStem;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = h & mask; slots_[s].id != kNoStem; s = (s + 1) & mask)
            if (slots_[s].hash == h && slots_[s].stem == stem) return slots_[s].id;
        return kNoStem;
    }
    void add(std::string_view stem, std::size_t h, StemId id) {
        if (2 * (used_ + 1) > slots_.size()) grow();
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = h & mask;
        while (slots_[s].id != kNoStem) s = (s + 1) & mask;
        slots_[s] = {h, stem, id};
        ++used_;
    }

private:
    struct Slot {
        std::size_t hash = 0;
        std::string_view stem;
        StemId id = kNoStem;
    };
    void grow() {
        std::vector<Slot> old(std::max<std::size_t>(1024, 2 * slots_.size()));
        old.swap(slots_);
        const std::size_t mask = slots_.size() - 1;
        for (const Slot& e : old)
            if (e.id != kNoStem) {
                std::size_t s = e.hash & mask;
                while (slots_[s].id != kNoStem) s = (s + 1) & mask;
                slots_[s] = e;
            }
    }
    std::vector<Slot> slots_;  // a power of two long, at most half full (or empty)
    std::size_t used_ = 0;
};

thread_local Cache cache;

}  // namespace

StemId stem_id(std::string_view stem) {
    const std::size_t h = std::hash<std::string_view>{}(stem);
    if (StemId id = cache.find(stem, h)) return id;
    SharedTable& table = shared();
    std::string_view kept;
    StemId id = kNoStem;
    {
        std::shared_lock read(table.lock);
        if (auto it = table.ids.find(stem); it != table.ids.end()) {
            kept = it->first;
            id = it->second;
        }
    }
    if (id == kNoStem) {
        std::unique_lock write(table.lock);
        if (auto it = table.ids.find(stem); it != table.ids.end()) {  // another thread was first
            kept = it->first;
            id = it->second;
        } else {
            kept = table.stems.emplace_back(stem);
            id = static_cast<StemId>(table.stems.size());  // from 1: 0 is kNoStem
            table.ids.emplace(kept, id);
        }
    }
    cache.add(kept, h, id);
    return id;
}

StemId known_stem_id(std::string_view stem) {
    const std::size_t h = std::hash<std::string_view>{}(stem);
    if (StemId id = cache.find(stem, h)) return id;
    SharedTable& table = shared();
    std::shared_lock read(table.lock);
    auto it = table.ids.find(stem);
    return it == table.ids.end() ? kNoStem : it->second;
}

}  // namespace sg::loaders::stance
