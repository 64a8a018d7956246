from wadup.cli import entry

entry()
