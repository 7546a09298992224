#!/usr/bin/env python3
"""NumPy reference timing for `openmoments spectrum` (compare with
`node dist/src/cli/main.js spectrum --order 2 --k 0:KMAX:N --format json --out FILE`):

    time python3 test/bench/numpy_spectrum.py [N=1000] [KMAX=2e-4] [OUT=/dev/null]

Builds the stacked (N, 10, 10) array of the derived M_L,2 at omega = 1 (Fig. 2 parameters, the
same entries as test/bench/numpy_epmap2.py) for k = KMAX*i/(N-1), i = 0..N-1 (the points of the
CLI's a:b:n range), takes np.linalg.eigvals of each and writes them as JSON ({"k": [...],
"eigenvalues": [[{"re", "im"}, ...], ...]}) to OUT, as the CLI writes its sweep.
"""
import json
import sys
import time

import numpy as np

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
KMAX = float(sys.argv[2]) if len(sys.argv) > 2 else 2e-4
OUT = sys.argv[3] if len(sys.argv) > 3 else "/dev/null"
LAMBDA_H2, LAMBDA_C2, CUTOFF = 1e-8, 1e-4, 1e3


def delta(lambda2, w):
    return -(lambda2 * w * CUTOFF * CUTOFF / (w * w + CUTOFF * CUTOFF)) / w


start = time.perf_counter()
k = np.array([0 + (KMAX - 0) * i / (N - 1) for i in range(N)])
w = np.ones_like(k)
dh, dc = delta(LAMBDA_H2, w), delta(LAMBDA_C2, w)
s = (dh + dc) / 2
w2 = w * w
M = np.zeros((N, 10, 10))
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
values = np.linalg.eigvals(M)
with open(OUT, "w") as f:
    json.dump({"k": k.tolist(), "eigenvalues": [[{"re": z.real, "im": z.imag} for z in row] for row in values.tolist()]}, f)
seconds = time.perf_counter() - start
print(f"cpu {time.process_time():.3f} s; numpy eigvals of {N} 10x10 M_L,2: {seconds:.3f} s after imports; max Re {values.real.max():.6e}")
