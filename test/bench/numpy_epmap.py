#!/usr/bin/env python3
"""NumPy reference timing for the first-moment EP map (compare with
test/bench/epmap-process.mjs):

    time python3 test/bench/numpy_epmap.py [N=1000] [PART PARTS]

With PART PARTS only the k rows PART, PART + PARTS, ... are computed (run PARTS processes in
parallel, one per core, to use both cores as the worker threads of openmoments do).

Builds the stacked (N*N, 4, 4) array of M_L,1 (eq. 34, Fig. 2 parameters)
over omega in [0.1, 2] and k in [-1.2e-4, 1.2e-4] (row-major over (k, omega)),
then np.linalg.eig, unit-norm columns, np.linalg.svd(V, compute_uv=False),
kappa = s_max / s_min.
"""
import sys
import time

import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
PART, PARTS = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 1)
LAMBDA_H2, LAMBDA_C2, CUTOFF = 1e-8, 1e-4, 1e3


def delta(lambda2, w):
    # Delta = -J(w)/w, J(w) = lambda^2 w Lambda^2 / (w^2 + Lambda^2), same evaluation order as the TS fixture
    return -(lambda2 * w * CUTOFF * CUTOFF / (w * w + CUTOFF * CUTOFF)) / w


start = time.perf_counter()
omegas = np.linspace(0.1, 2.0, N)
ks = np.linspace(-1.2e-4, 1.2e-4, N)[PART::PARTS]
K, W = np.meshgrid(ks, omegas, indexing="ij")  # row-major over (k, omega)
w, k = W.ravel(), K.ravel()
dh, dc = delta(LAMBDA_H2, w), delta(LAMBDA_C2, w)
M = np.zeros((w.size, 4, 4))
M[:, 0, 0] = dh / 2
M[:, 0, 1] = 1
M[:, 1, 0] = -w * w
M[:, 1, 1] = dh / 2
M[:, 1, 2] = -k
M[:, 2, 2] = dc / 2
M[:, 2, 3] = 1
M[:, 3, 0] = -k
M[:, 3, 2] = -w * w
M[:, 3, 3] = dc / 2
_, V = np.linalg.eig(M)
V = V / np.linalg.norm(V, axis=1, keepdims=True)
s = np.linalg.svd(V, compute_uv=False)
log10_kappa = np.log10(s[:, 0] / s[:, -1])
seconds = time.perf_counter() - start
finite = np.isfinite(log10_kappa)
print(
    f"cpu {time.process_time():.3f} s; numpy 4x4 first-moment map {N}x{N} part {PART}/{PARTS}: {seconds:.3f} s after imports; "
    f"mean log10 kappa {log10_kappa[finite].mean():.6f}, max {log10_kappa[finite].max():.4f}"
)
