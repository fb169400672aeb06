"""Portable backups: the whole site (every table and the uploaded media) in one
versioned archive that restores onto SQLite or PostgreSQL.

The format is described in docs/backup-format.md.

`write_backup(path)` and `restore_backup(path, force=False)` are the API; the
`backup` and `restore` commands (commands.py) wrap them with progress bars, and
`restore` then rebuilds the search index (the API leaves that to its caller).
"""

from catalogue.backup.archive import FORMAT, VERSION, BackupError
from catalogue.backup.dump import write_backup
from catalogue.backup.load import read_manifest, restore_backup

__all__ = [
    "FORMAT",
    "VERSION",
    "BackupError",
    "read_manifest",
    "restore_backup",
    "write_backup",
]
