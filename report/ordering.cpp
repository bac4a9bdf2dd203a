#include "report/ordering.hpp"

#include <algorithm>
#include <cmath>

namespace sg::report {

std::vector<double> leading_eigenvector(const std::vector<double>& m, std::size_t n) {
    std::vector<double> v(n, 0.0);
    if (n == 0) return v;
    double shift = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double row = 0;
        for (std::size_t j = 0; j < n; ++j) row += std::abs(m[i * n + j]);
        shift = std::max(shift, row);
    }
    if (shift == 0) return v;
    // A start that is not orthogonal to the answer in any usual case: not all equal entries
    // (which is orthogonal to a two-camp vector of equal camps).
    for (std::size_t i = 0; i < n; ++i) v[i] = 1.0 + static_cast<double>(i % 7) / 10.0 + static_cast<double>(i) / (10.0 * static_cast<double>(n));
    std::vector<double> w(n);
    for (int iteration = 0; iteration < 2000; ++iteration) {
        double norm = 0;
        for (std::size_t i = 0; i < n; ++i) {
            double s = shift * v[i];
            for (std::size_t j = 0; j < n; ++j) s += m[i * n + j] * v[j];
            w[i] = s;
            norm += s * s;
        }
        norm = std::sqrt(norm);
        if (norm == 0) break;
        double change = 0;
        for (std::size_t i = 0; i < n; ++i) {
            w[i] /= norm;
            change = std::max(change, std::abs(w[i] - v[i]));
        }
        v.swap(w);
        if (change < 1e-12) break;
    }
    std::size_t largest = 0;
    for (std::size_t i = 1; i < n; ++i)
        if (std::abs(v[i]) > std::abs(v[largest]) + 1e-12) largest = i;
    if (v[largest] < 0)
        for (double& x : v) x = -x;
    return v;
}

int coalition_of(double entry) {
    if (entry > 1e-6) return 1;
    if (entry < -1e-6) return 2;
    return 0;
}

}  // namespace sg::report
