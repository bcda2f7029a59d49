//! Export of a producer's grant/curation profile (PDF).
