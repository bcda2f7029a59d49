# Buyer price list (export pricelist)
