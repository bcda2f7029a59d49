# Grant/curation profile (export profile)
