#!/usr/bin/env python3
"""NumPy reference timing for the second-moment EP map (compare with
`node test/bench/epmap-process.mjs N second`):

    time python3 test/bench/numpy_epmap2.py [N=300] [PART PARTS]

Builds the stacked (rows, 10, 10) array of the derived M_L,2 (eq. B.2 basis, Fig. 2 parameters,
entries as printed by `openmoments derive --order 2`) over omega in [0.1, 2] and
k in [-1.2e-4, 1.2e-4] (row-major over (k, omega)), then np.linalg.eig, unit-norm columns,
np.linalg.svd(V, compute_uv=False), kappa = s_max / s_min. With PART PARTS it computes only the
k rows PART, PART + PARTS, ... (to split the map over processes, one per core).
"""
import sys
import time

import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300
PART, PARTS = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 1)
LAMBDA_H2, LAMBDA_C2, CUTOFF = 1e-8, 1e-4, 1e3


def delta(lambda2, w):
    return -(lambda2 * w * CUTOFF * CUTOFF / (w * w + CUTOFF * CUTOFF)) / w


start = time.perf_counter()
omegas = np.linspace(0.1, 2.0, N)
ks = np.linspace(-1.2e-4, 1.2e-4, N)[PART::PARTS]
K, W = np.meshgrid(ks, omegas, indexing="ij")
w, k = W.ravel(), K.ravel()
dh, dc = delta(LAMBDA_H2, w), delta(LAMBDA_C2, w)
s = (dh + dc) / 2
w2 = w * w
M = np.zeros((w.size, 10, 10))
# 0 x_h^2, 1 p_h^2, 2 {x_h,p_h}/2, 3 x_c^2, 4 p_c^2, 5 {x_c,p_c}/2, 6 x_h p_c, 7 x_c p_h, 8 x_h x_c, 9 p_h p_c
M[:, 0, 0] = dh; M[:, 0, 2] = 2
M[:, 1, 1] = dh; M[:, 1, 2] = -2 * w2; M[:, 1, 7] = -2 * k
M[:, 2, 0] = -w2; M[:, 2, 1] = 1; M[:, 2, 2] = dh; M[:, 2, 8] = -k
M[:, 3, 3] = dc; M[:, 3, 5] = 2
M[:, 4, 4] = dc; M[:, 4, 5] = -2 * w2; M[:, 4, 6] = -2 * k
M[:, 5, 3] = -w2; M[:, 5, 4] = 1; M[:, 5, 5] = dc; M[:, 5, 8] = -k
M[:, 6, 0] = -k; M[:, 6, 6] = s; M[:, 6, 8] = -w2; M[:, 6, 9] = 1
M[:, 7, 3] = -k; M[:, 7, 7] = s; M[:, 7, 8] = -w2; M[:, 7, 9] = 1
M[:, 8, 6] = 1; M[:, 8, 7] = 1; M[:, 8, 8] = s
M[:, 9, 2] = -k; M[:, 9, 5] = -k; M[:, 9, 6] = -w2; M[:, 9, 7] = -w2; M[:, 9, 9] = s
_, V = np.linalg.eig(M)
V = V / np.linalg.norm(V, axis=1, keepdims=True)
sv = np.linalg.svd(V, compute_uv=False)
log10_kappa = np.log10(sv[:, 0] / sv[:, -1])
seconds = time.perf_counter() - start
finite = np.isfinite(log10_kappa)
print(
    f"cpu {time.process_time():.3f} s; numpy 10x10 second-moment map {N}x{N} part {PART}/{PARTS}: {seconds:.3f} s after imports; "
    f"max log10 kappa {log10_kappa[finite].max():.4f}"
)
