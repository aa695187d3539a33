"""IOP Finder: helps people find an addiction-treatment Intensive Outpatient Program in the US."""
