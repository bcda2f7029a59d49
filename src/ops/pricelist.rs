//! Export of the buyer price list (PDF or workbook).
