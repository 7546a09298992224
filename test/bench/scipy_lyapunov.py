#!/usr/bin/env python3
"""Whole-process peer of openmoments' Lyapunov solve: read A and D (row-major float64, A then D)
written by test/bench/steady-process.mjs, solve A X + X A^T + D = 0 with SciPy's
solve_continuous_lyapunov (Bartels-Stewart on LAPACK's Schur form), print trace and residual.

    python3 test/bench/scipy_lyapunov.py FILE.bin n
"""
import sys
import numpy as np
from scipy.linalg import solve_continuous_lyapunov

path, n = sys.argv[1], int(sys.argv[2])
data = np.fromfile(path, dtype='<f8')
A = data[: n * n].reshape(n, n)
D = data[n * n : 2 * n * n].reshape(n, n)
X = solve_continuous_lyapunov(A, -D)
R = A @ X + X @ A.T + D
print(f"scipy n={n} trace={np.trace(X):.12e} residual={np.linalg.norm(R) / (2 * np.linalg.norm(A) * np.linalg.norm(X) + np.linalg.norm(D)):.2e}")
