"""What the coverage page is told by hand: which NumPy names are out of scope, and what to write instead.

Everything else on that page is proved by the build. These two tables only add words to it, and
the build checks every entry (``universe.attach_notes``): a name that the installed NumPy no
longer has fails the build, and so does a hint for a name that PyTorch turns out to have, because
the page would then claim a missing counterpart that exists. Keys are qualified NumPy names; an
alias may stand for its whole group (``numpy.concat`` for ``numpy.concatenate``).
"""

from enum import StrEnum


class Scope(StrEnum):
    """Why a NumPy name is not something a port needs to translate."""

    NUMPY_ITSELF = "configures, describes or tests NumPy itself"
    TEXT = "formats arrays or numbers as text"
    FILES = "reads or writes text or raw binary files: do that with NumPy, then `torch.from_numpy`"
    MEMORY = "exposes NumPy's own buffer, fields and byte order"
    MATRIX = "the legacy `matrix` class, which NumPy itself advises against"
    DATETIME = "dates and business days: PyTorch has no date or time dtypes"


OUT_OF_SCOPE: dict[str, Scope] = {
    "numpy.get_include": Scope.NUMPY_ITSELF,
    "numpy.getbufsize": Scope.NUMPY_ITSELF,
    "numpy.setbufsize": Scope.NUMPY_ITSELF,
    "numpy.geterr": Scope.NUMPY_ITSELF,
    "numpy.seterr": Scope.NUMPY_ITSELF,
    "numpy.geterrcall": Scope.NUMPY_ITSELF,
    "numpy.seterrcall": Scope.NUMPY_ITSELF,
    "numpy.show_config": Scope.NUMPY_ITSELF,
    "numpy.show_runtime": Scope.NUMPY_ITSELF,
    "numpy.info": Scope.NUMPY_ITSELF,
    "numpy.test": Scope.NUMPY_ITSELF,
    "numpy.typename": Scope.NUMPY_ITSELF,
    "numpy.mintypecode": Scope.NUMPY_ITSELF,
    "numpy.array2string": Scope.TEXT,
    "numpy.array_repr": Scope.TEXT,
    "numpy.array_str": Scope.TEXT,
    "numpy.base_repr": Scope.TEXT,
    "numpy.binary_repr": Scope.TEXT,
    "numpy.format_float_positional": Scope.TEXT,
    "numpy.format_float_scientific": Scope.TEXT,
    "numpy.printoptions": Scope.TEXT,
    "numpy.get_printoptions": Scope.TEXT,
    "numpy.set_printoptions": Scope.TEXT,
    "numpy.fromfile": Scope.FILES,
    "numpy.fromregex": Scope.FILES,
    "numpy.genfromtxt": Scope.FILES,
    "numpy.loadtxt": Scope.FILES,
    "numpy.savetxt": Scope.FILES,
    "numpy.ndarray.tofile": Scope.FILES,
    "numpy.ndarray.dump": Scope.FILES,
    "numpy.ndarray.dumps": Scope.FILES,
    "numpy.ndarray.base": Scope.MEMORY,
    "numpy.ndarray.byteswap": Scope.MEMORY,
    "numpy.ndarray.ctypes": Scope.MEMORY,
    "numpy.ndarray.getfield": Scope.MEMORY,
    "numpy.ndarray.setfield": Scope.MEMORY,
    "numpy.ndarray.setflags": Scope.MEMORY,
    "numpy.asmatrix": Scope.MATRIX,
    "numpy.bmat": Scope.MATRIX,
    "numpy.busday_count": Scope.DATETIME,
    "numpy.busday_offset": Scope.DATETIME,
    "numpy.is_busday": Scope.DATETIME,
    "numpy.datetime_as_string": Scope.DATETIME,
    "numpy.datetime_data": Scope.DATETIME,
    "numpy.isnat": Scope.DATETIME,
}
"""Names left out of the port, each with its reason."""

WRITE_INSTEAD: dict[str, str] = {
    "numpy.append": "torch.cat((a.flatten(), b.flatten()))",
    "numpy.around": "torch.round(x, decimals=n)",
    "numpy.array_equiv": "torch.equal(*torch.broadcast_tensors(a, b))",
    "numpy.asanyarray": "torch.as_tensor(a)",
    "numpy.astype": "t.to(dtype)",
    "numpy.bartlett": "torch.bartlett_window(M, periodic=False)",
    "numpy.blackman": "torch.blackman_window(M, periodic=False)",
    "numpy.hamming": "torch.hamming_window(M, periodic=False)",
    "numpy.hanning": "torch.hann_window(M, periodic=False)",
    "numpy.kaiser": "torch.kaiser_window(M, periodic=False, beta=beta)",
    "numpy.broadcast_arrays": "torch.broadcast_tensors(a, b)",
    "numpy.cbrt": "torch.sign(x) * x.abs().pow(1 / 3)",
    "numpy.copyto": "dst.copy_(src)",
    "numpy.cumulative_sum": "torch.cumsum(x, dim=0)",
    "numpy.cumulative_prod": "torch.cumprod(x, dim=0)",
    "numpy.degrees": "torch.rad2deg(x)",
    "numpy.radians": "torch.deg2rad(x)",
    "numpy.delete": "x[torch.isin(torch.arange(x.shape[0]), idx, invert=True)]",
    "numpy.digitize": "torch.bucketize(x, bins, right=True)",
    "numpy.divmod": 'torch.div(a, b, rounding_mode="floor"), torch.remainder(a, b)',
    "numpy.ediff1d": "torch.diff(x.flatten())",
    "numpy.extract": "torch.masked_select(x, condition)",
    "numpy.fabs": "torch.abs(x)",
    "numpy.flatnonzero": "torch.nonzero(x.flatten()).flatten()",
    "numpy.fromiter": "torch.tensor(list(iterable))",
    "numpy.histogram2d": "torch.histogramdd(torch.stack((x, y), dim=-1), bins=n)",
    "numpy.histogram_bin_edges": "torch.histogram(x, bins=n).bin_edges",
    "numpy.isrealobj": "not torch.is_complex(t)",
    "numpy.linalg.matrix_transpose": "torch.transpose(x, -2, -1)",
    "numpy.matvec": "torch.matmul(A, v[..., None])[..., 0]",
    "numpy.modf": "torch.frac(x), torch.trunc(x)",
    "numpy.nanargmax": "torch.where(x.isnan(), -torch.inf, x).argmax()",
    "numpy.nanargmin": "torch.where(x.isnan(), torch.inf, x).argmin()",
    "numpy.nancumsum": "torch.where(x.isnan(), 0, x).cumsum(0)",
    "numpy.nancumprod": "torch.where(x.isnan(), 1, x).cumprod(0)",
    "numpy.nanmin": "torch.where(x.isnan(), torch.inf, x).min()",
    "numpy.nanprod": "torch.where(x.isnan(), 1, x).prod()",
    "numpy.nanpercentile": "torch.nanquantile(x, q / 100)",
    "numpy.polyfit": "torch.linalg.lstsq(torch.vander(x, N=deg + 1), y[:, None]).solution",
    "numpy.put_along_axis": "x.scatter_(dim, idx, values)",
    "numpy.putmask": "x.masked_fill_(mask, value)",
    "numpy.rollaxis": "torch.movedim(x, axis, 0)",
    "numpy.savez_compressed": 'torch.save({"a": a, "b": b}, path)',
    "numpy.tril_indices_from": "torch.tril_indices(*a.shape)",
    "numpy.triu_indices_from": "torch.triu_indices(*a.shape)",
    "numpy.unique_counts": "torch.unique(x, return_counts=True)",
    "numpy.unique_inverse": "torch.unique(x, return_inverse=True)",
    "numpy.unique_values": "torch.unique(x)",
    "numpy.unstack": "torch.unbind(x, dim=0)",
    "numpy.ndarray.argpartition": "torch.argsort(x)",
    "numpy.ndarray.partition": "torch.sort(x).values",
    "numpy.ndarray.conjugate": "t.conj()",
    "numpy.ndarray.flat": "t.view(-1)",
    "numpy.ndarray.to_device": "t.to(device)",
    "numpy.random.random_sample": "torch.rand(n)",
    "numpy.random.ranf": "torch.rand(n)",
    "numpy.random.sample": "torch.rand(n)",
    "numpy.random.random_integers": "torch.randint(low, high + 1, (n,))",
    "numpy.random.standard_normal": "torch.randn(n)",
    "numpy.random.standard_exponential": "torch.empty(n).exponential_()",
    "numpy.random.exponential": "torch.empty(n).exponential_(1 / scale)",
    "numpy.random.geometric": "torch.empty(n).geometric_(p)",
    "numpy.random.lognormal": "torch.empty(n).log_normal_(mean, sigma)",
    "numpy.random.standard_cauchy": "torch.empty(n).cauchy_()",
    "numpy.random.beta": "torch.distributions.Beta(a, b).sample((n,))",
    "numpy.random.chisquare": "torch.distributions.Chi2(df).sample((n,))",
    "numpy.random.dirichlet": "torch.distributions.Dirichlet(alpha).sample((n,))",
    "numpy.random.f": "torch.distributions.FisherSnedecor(dfnum, dfden).sample((n,))",
    "numpy.random.gamma": "torch.distributions.Gamma(shape, 1 / scale).sample((n,))",
    "numpy.random.standard_gamma": "torch.distributions.Gamma(shape, 1.0).sample((n,))",
    "numpy.random.gumbel": "torch.distributions.Gumbel(loc, scale).sample((n,))",
    "numpy.random.laplace": "torch.distributions.Laplace(loc, scale).sample((n,))",
    "numpy.random.multivariate_normal": "torch.distributions.MultivariateNormal(mean, cov).sample((n,))",
    "numpy.random.standard_t": "torch.distributions.StudentT(df).sample((n,))",
    "numpy.random.vonmises": "torch.distributions.VonMises(mu, kappa).sample((n,))",
    "numpy.random.weibull": "torch.distributions.Weibull(1.0, a).sample((n,))",
}
"""For names the installed PyTorch has no namesake of: what to write instead (``a``, ``x``: tensors)."""
