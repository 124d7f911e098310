#include "index/PairIds.h"

namespace rightstrack::index {

std::uint32_t PairIds::intern(std::uint64_t key, bool& added) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = home_of(key);; at = (at + 1) & mask) {
        Slot& slot = slots_[at];
        if (slot.id == kEmpty) {
            slot = {key, static_cast<std::uint32_t>(size_++)};
            added = true;
            const std::uint32_t id = slot.id;
            if (2 * size_ > slots_.size())
                grow();
            return id;
        }
        if (slot.key == key) {
            added = false;
            return slot.id;
        }
    }
}

std::optional<std::uint32_t> PairIds::find(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = home_of(key);; at = (at + 1) & mask) {
        const Slot& slot = slots_[at];
        if (slot.id == kEmpty)
            return std::nullopt;
        if (slot.key == key)
            return slot.id;
    }
}

void PairIds::grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    --shift_;
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.id == kEmpty)
            continue;
        std::size_t at = home_of(slot.key);
        while (slots_[at].id != kEmpty)
            at = (at + 1) & mask;
        slots_[at] = slot;
    }
}

}  // namespace rightstrack::index
