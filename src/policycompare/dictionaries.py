"""The dictionaries the pipeline reads: package data, extended by a corpus folder's own.

The package ships them in ``policycompare/data/`` (read with :mod:`importlib.resources`, so a
plain ``pip install`` has them):

* ``departments.csv``: the alias table of department names (jurisdiction, canonical, aliases, english, unit_type);
* ``themes.csv``: the codebook of themes (theme, label_zh, label_en, terms);
* ``user_dict.txt``: policy terms jieba keeps whole (jieba's user-dictionary format);
* ``stopwords.txt``: words that carry no theme.

A corpus folder's ``dictionaries/`` (or any folder passed as ``dictionaries=``) holding files of
the same names extends them. Tables: a row whose key (``jurisdiction`` + ``canonical`` for
departments, ``theme`` for the codebook) equals a package row replaces it in place; other rows are
added at the end. Word lists: each word is added; a line ``-word`` removes a package word.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FILES = ("departments.csv", "themes.csv", "user_dict.txt", "stopwords.txt")
TABLE_KEYS = {"departments.csv": ["jurisdiction", "canonical"], "themes.csv": ["theme"]}


def package_file(name: str) -> Path:
    """The path of one of the package's data files.

    >>> package_file("themes.csv").name
    'themes.csv'
    """
    if name not in FILES:
        raise ValueError(f"unknown dictionary {name!r}: one of {', '.join(FILES)}")
    # an installed wheel is unpacked on disk, so the resource is a real file
    return Path(str(resources.files("policycompare") / "data" / name))


def dictionary_files(name: str, folder: str | Path | None = None) -> list[Path]:
    """The files that make up one dictionary: the package's, then ``folder``'s when it has one
    (``folder`` may also be the file itself).

    >>> [p.parent.name for p in dictionary_files("stopwords.txt", "no/such/folder")]
    ['data']
    """
    files = [package_file(name)]
    if folder is not None and Path(folder).is_file():
        files.append(Path(folder))
    elif folder is not None and (Path(folder) / name).is_file():
        files.append(Path(folder) / name)
    return files


def corpus_dictionaries(root: str | Path | None) -> Path | None:
    """The ``dictionaries/`` folder of a corpus folder, when it has one.

    >>> corpus_dictionaries(None) is None
    True
    """
    folder = Path(root) / "dictionaries" if root is not None else None
    return folder if folder is not None and folder.is_dir() else None


def read_table(name: str, folder: str | Path | None = None):
    """A dictionary table: the package's rows, replaced or extended by ``folder``'s file.

    >>> book = read_table("themes.csv")
    >>> book.columns.tolist()
    ['theme', 'label_zh', 'label_en', 'terms']
    """
    import pandas as pd

    keys = TABLE_KEYS[name]
    frames = []
    for path in dictionary_files(name, folder):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = set(keys) - set(frame.columns)
        if missing:
            raise ValueError(f"{path}: lacks the key columns {sorted(missing)}")
        frames.append(frame)
    table = pd.concat(frames, ignore_index=True).fillna("")
    # the last row of a key wins, in the place of the first: a codebook's theme order is its tie-break
    first = table.drop_duplicates(keys, keep="first")[keys]
    last = table.drop_duplicates(keys, keep="last")
    return first.merge(last, on=keys, how="left")[table.columns.tolist()]


def package_table(name: str, columns: list[str]):
    """A CSV taxonomy shipped in the package's data folder, checked for the columns its reader needs.

    >>> package_table("indicators.csv", ["indicator_id"]).indicator_id.iloc[0] != ""
    True
    """
    import pandas as pd

    with (resources.files("policycompare") / "data" / name).open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    missing = set(columns) - set(table.columns)
    if missing:
        raise ValueError(f"{name} lacks columns {sorted(missing)}")
    return table


def read_words(paths) -> list[str]:
    """Words of plain list files read in order (first field of each line; ``#`` comments and
    blank lines skipped); a line ``-word`` removes a word listed before it.

    >>> import tempfile
    >>> extra = Path(tempfile.mkdtemp()) / "stopwords.txt"
    >>> _ = extra.write_text("-的\\n政策\\n", encoding="utf-8")
    >>> words = read_words(dictionary_files("stopwords.txt", extra.parent))
    >>> "的" in words, words[-1]
    (False, '政策')
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    words: dict[str, None] = {}
    for path in paths or ():
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            word = line.split()[0]
            if word.startswith("-") and len(word) > 1:
                words.pop(word[1:], None)
            else:
                words.setdefault(word, None)
    return list(words)


def alias_table(folder: str | Path | None = None):
    """The alias table of department names, with ``folder``'s rows.

    >>> alias_table().lookup("市法援中心", "西安市")[0]
    '市法律援助中心'
    """
    from .extract.aliases import AliasTable

    return AliasTable(read_table("departments.csv", folder))
