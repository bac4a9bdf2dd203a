// How the stance matrix orders its rows so that actors who agree stand together: by their entry
// in the leading eigenvector of the actors' subtract network (congruence − conflict, the numbers
// of `stancegraph network --type onemode --rows actor --aggregation subtract`). Actors on one side
// of a debate get entries of one sign, their opponents the other sign; the more an actor shares
// the camp's stances, the larger its entry. The same signs are the coalitions the network section
// colours. (A spectral seriation; a hierarchical clustering would need a linkage choice and gives
// no natural sides.)
#pragma once

#include <cstddef>
#include <vector>

namespace sg::report {

// The eigenvector of the largest eigenvalue of the symmetric n x n matrix `m` (row-major), unit
// length, by power iteration on m + s·I with s the largest absolute row sum (which makes every
// eigenvalue non-negative, so the iteration finds the largest one rather than the largest in
// magnitude). Its sign is fixed so that the entry of largest magnitude (the first such) is
// positive. All zeros when m is all zeros.
std::vector<double> leading_eigenvector(const std::vector<double>& m, std::size_t n);

// A coalition from an eigenvector entry: 1 (positive), 2 (negative), 0 (about zero: the actor
// shares no side with anyone, or stands between the camps).
int coalition_of(double entry);

}  // namespace sg::report
