//! The producer profile for grant (hibah) and curation applications: page model only.
