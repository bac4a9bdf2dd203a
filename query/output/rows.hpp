// The rows of an answer: every cell of every row in one array, a row being `width` cells side by
// side. A row was a std::vector of its own (an allocation and a free per row, and a copy of the
// row's cells each time an operator rebuilt it): 16,000 of them for `count claims by
// organisation` at 10^6 claims, most of its time in malloc and free (callgrind). Here a row is a
// view (std::span) of its cells; the rows of an answer cost one allocation.
#pragma once

#include <cstddef>
#include <iterator>
#include <span>
#include <utility>
#include <vector>

namespace sg::query {

template <typename Cell>
class FlatRows {
public:
    using Row = std::span<Cell>;
    using ConstRow = std::span<const Cell>;

    FlatRows() = default;
    explicit FlatRows(std::size_t width) : width_(width) {}

    // Cells per row. Set while there are no rows (a ResultSet's rows take its columns' count).
    std::size_t width() const { return width_; }
    void set_width(std::size_t w) {
        if (count_ == 0) width_ = w;
    }

    std::size_t size() const { return count_; }
    bool empty() const { return count_ == 0; }
    void reserve(std::size_t rows) { cells_.reserve(rows * width_); }
    void clear() {
        cells_.clear();
        count_ = 0;
    }

    Row operator[](std::size_t i) { return Row(cells_.data() + i * width_, width_); }
    ConstRow operator[](std::size_t i) const { return ConstRow(cells_.data() + i * width_, width_); }
    Row front() { return (*this)[0]; }
    ConstRow front() const { return (*this)[0]; }
    Row back() { return (*this)[count_ - 1]; }
    ConstRow back() const { return (*this)[count_ - 1]; }

    // A new last row of empty cells, to be filled in place.
    Row append() {
        cells_.resize(cells_.size() + width_);
        ++count_;
        return back();
    }
    // A new last row built cell by cell, each cell constructed in place: add_cell width() times,
    // then end_row. Cheaper than append() and assigning: assigning over a std::variant cell
    // destroys its old value through a visit (a tenth of `who supports P`'s time, perf).
    template <typename... Args>
    void add_cell(Args&&... args) {
        cells_.emplace_back(std::forward<Args>(args)...);
    }
    void end_row() { ++count_; }
    // A new last row from cells in column order (fewer are padded with empty cells, more cut).
    void push_back(std::vector<Cell>&& cells) {
        Row r = append();
        for (std::size_t i = 0; i < width_ && i < cells.size(); ++i) r[i] = std::move(cells[i]);
    }
    // Fewer rows (the first n), or more empty ones.
    void resize(std::size_t n) {
        cells_.resize(n * width_);
        count_ = n;
    }
    // Keeps the rows for which keep(i) holds, in order, moving each kept row forwards in place.
    // keep is asked once per row, in order; row i has not moved when it is asked.
    template <typename Keep>
    void keep_if(Keep keep) {
        std::size_t to = 0;
        for (std::size_t i = 0; i < count_; ++i) {
            if (!keep(i)) continue;
            if (to != i)
                for (std::size_t c = 0; c < width_; ++c) cells_[to * width_ + c] = std::move(cells_[i * width_ + c]);
            ++to;
        }
        resize(to);
    }
    // Only the columns `which` (ascending), in place: each cell moves forwards, never onto one
    // still to be read.
    void keep_columns(const std::vector<std::size_t>& which) {
        const std::size_t w = which.size();
        for (std::size_t i = 0; i < count_; ++i)
            for (std::size_t k = 0; k < w; ++k)
                if (i * w + k != i * width_ + which[k]) cells_[i * w + k] = std::move(cells_[i * width_ + which[k]]);
        cells_.resize(count_ * w);
        width_ = w;
    }
    // The rows order[0], order[1], ... (a permutation, or some of the rows in a new order).
    void select(const std::vector<std::size_t>& order) {
        std::vector<Cell> out;
        out.reserve(order.size() * width_);
        for (std::size_t i : order)
            for (std::size_t c = 0; c < width_; ++c) out.push_back(std::move(cells_[i * width_ + c]));
        cells_ = std::move(out);
        count_ = order.size();
    }

    // The same, keeping only the columns `which` (in that order).
    void select(const std::vector<std::size_t>& order, const std::vector<std::size_t>& which) {
        std::vector<Cell> out;
        out.reserve(order.size() * which.size());
        for (std::size_t i : order)
            for (std::size_t c : which) out.push_back(std::move(cells_[i * width_ + c]));
        cells_ = std::move(out);
        count_ = order.size();
        width_ = which.size();
    }

    class iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = Row;
        using difference_type = std::ptrdiff_t;
        iterator() = default;
        iterator(FlatRows* rows, std::size_t i) : rows_(rows), i_(i) {}
        Row operator*() const { return (*rows_)[i_]; }
        iterator& operator++() {
            ++i_;
            return *this;
        }
        iterator operator++(int) {
            iterator was = *this;
            ++i_;
            return was;
        }
        friend bool operator==(const iterator& a, const iterator& b) { return a.i_ == b.i_; }

    private:
        FlatRows* rows_ = nullptr;
        std::size_t i_ = 0;
    };
    class const_iterator {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = ConstRow;
        using difference_type = std::ptrdiff_t;
        const_iterator() = default;
        const_iterator(const FlatRows* rows, std::size_t i) : rows_(rows), i_(i) {}
        ConstRow operator*() const { return (*rows_)[i_]; }
        const_iterator& operator++() {
            ++i_;
            return *this;
        }
        const_iterator operator++(int) {
            const_iterator was = *this;
            ++i_;
            return was;
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.i_ == b.i_; }

    private:
        const FlatRows* rows_ = nullptr;
        std::size_t i_ = 0;
    };
    iterator begin() { return {this, 0}; }
    iterator end() { return {this, count_}; }
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, count_}; }

private:
    std::vector<Cell> cells_;
    std::size_t width_ = 0;
    std::size_t count_ = 0;
};

}  // namespace sg::query
