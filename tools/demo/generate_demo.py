#!/usr/bin/env python3
"""Writes the auditpack demo input folder for Northwind Analytics Ltd (deterministic, Python 3 stdlib only).

Usage: python3 tools/demo/generate_demo.py [--out input]

The script deletes and rewrites the output folder (default: input/ at the repository root). Running it twice gives
byte-identical files: every random choice comes from one random.Random seeded with SEED, and no clock is read.
All names, people, numbers and document texts are invented for the demo.
"""
import argparse
import csv
import hashlib
import io
import json
import random
import shutil
import struct
import zlib
from datetime import date, timedelta
from pathlib import Path

import demo_requests

SEED = 20261129
ORG = "Northwind Analytics Ltd"
SYSTEM = "Northwind Insights Platform"
DOMAIN = "northwind.example"
LAST_DAY = date(2026, 11, 27)   # last ordinary evidence date ("today" is 2026-11-29)
DAILY_LAST = date(2026, 11, 28)  # daily controls: slices are due up to 28 Nov, so their last export reaches it

OWNERS = {
    "P": "priya.natarajan@northwind.example",   # Head of Information Security (CISO)
    "T": "tom.achterberg@northwind.example",    # Head of Platform Engineering
    "G": "grace.okafor@northwind.example",      # People Operations Lead
    "D": "daniel.reyes@northwind.example",      # IT Operations Manager
    "S": "sofia.lindqvist@northwind.example",   # Governance, Risk and Compliance Manager
    "M": "marcus.bell@northwind.example",       # SRE Lead
    "H": "hannah.cho@northwind.example",        # VP Engineering
    "O": "oliver.grant@northwind.example",      # CFO
    "A": "amelia.hart@northwind.example",       # General Counsel
    "": "",                                     # seeded problem: blank owner
}
CEO = "james.whitfield@northwind.example"
SCOPES = {"pp": "prod;platform", "ppc": "prod;platform;corp-it", "pc": "platform;corp-it", "ol": "office-london"}
REL = {"i": "intersects-with", "s": "subset-of", "e": "equivalent-to", "p": "superset-of"}


# --------------------------------------------------------------------------------------------------------------
# Control library: (id, family, title, description, owner, frequency, scope, expected_evidence, status, req_doc,
#                   SOC 2 mappings [(criterion, rel, rationale)], ISO mappings [(requirement, rel, rationale)])
# --------------------------------------------------------------------------------------------------------------
def C(cid, fam, title, desc, owner, freq, scope, expected, soc, iso, status="implemented", doc="yes"):
    return dict(id=cid, family=fam, title=title, desc=desc, owner=OWNERS[owner], freq=freq, scope=SCOPES[scope],
                expected=expected, status=status, doc=doc, soc=soc, iso=iso)


CONTROLS = [
    C("GOV-01", "Governance", "ISMS scope and context",
      "The GRC Manager maintains the ISMS scope statement, the internal and external issues and the interested-party register, and the ISMS Steering Committee re-approves them every year.",
      "S", "annual", "ppc", "Approved ISMS scope statement; context and interested-party register review record",
      [("CC3.1", "i", "Documenting context and scope states the objectives the system's controls serve.")],
      [("4.1", "e", "The annual context review records internal and external issues."),
       ("4.2", "e", "The interested-party register lists parties and their security requirements."),
       ("4.3", "e", "The scope statement sets ISMS boundaries, interfaces and dependencies."),
       ("4.4", "s", "The scope and context review is one part of establishing and maintaining the ISMS.")]),
    C("GOV-02", "Governance", "Information security policy approval and communication",
      "The information security policy is approved by the CEO on behalf of the Board, published on the intranet and acknowledged by all staff each year.",
      "P", "annual", "ppc", "Approved policy with version history; annual acknowledgement report",
      [("CC5.3", "s", "The top-level policy sets expectations that procedures then put into action."),
       ("CC2.2", "i", "Publishing and acknowledging the policy communicates security responsibilities internally.")],
      [("5.2", "e", "The policy is approved by top management, communicated and available."),
       ("A.5.1", "e", "Policy and topic-specific policies are defined, approved, published and acknowledged.")]),
    C("GOV-03", "Governance", "Security steering committee oversight",
      "A security steering committee chaired by the CEO, with a non-executive director attending, meets quarterly to review security risks, metrics and the ISMS programme.",
      "P", "quarterly", "pp", "Quarterly committee minutes with attendance and decisions",
      [("CC1.2", "s", "A non-executive director attends and challenges the security programme each quarter."),
       ("CC1.3", "i", "The committee charter defines reporting lines for security.")],
      [("5.1", "e", "Top management leads and demonstrates commitment through the committee."),
       ("A.5.4", "i", "Management requires staff to apply security in line with policy.")]),
    C("GOV-04", "Governance", "Roles, responsibilities and organisation chart",
      "Security roles and responsibilities are defined in a RACI matrix and the organisation chart, reviewed annually by People Operations with the CISO.",
      "G", "annual", "pp", "Current RACI matrix and organisation chart with review record",
      [("CC1.3", "e", "Structures, reporting lines and authorities are documented and reviewed."),
       ("CC1.5", "i", "Named roles make individuals accountable for their control responsibilities.")],
      [("5.3", "e", "Roles, responsibilities and authorities are assigned and communicated."),
       ("A.5.2", "e", "Security roles and responsibilities are defined and allocated.")]),
    C("GOV-05", "Governance", "Security objectives and metrics",
      "Measurable information security objectives are set each year and their key metrics are reported to the steering committee every quarter.",
      "S", "quarterly", "pp", "Objectives register; quarterly metrics report",
      [("CC3.1", "e", "Objectives are specified with enough clarity to identify related risks."),
       ("CC4.1", "i", "Quarterly metrics are an ongoing evaluation of control performance.")],
      [("6.2", "e", "Objectives are measurable, monitored and planned with owners and dates."),
       ("9.1", "s", "The metrics report is part of monitoring and measurement.")]),
    C("GOV-06", "Governance", "Internal audit programme",
      "An independent internal auditor performs a risk-based ISMS internal audit against an approved annual programme; findings are tracked to closure.",
      "S", "annual", "ppc", "Approved audit programme; internal audit report with findings",
      [("CC4.1", "s", "The internal audit is a separate evaluation of whether controls are present and functioning.")],
      [("9.2", "e", "The programme and audit report meet the internal audit requirements."),
       ("A.5.35", "e", "The audit gives an independent review of the approach to security."),
       ("A.5.36", "i", "Audit tests compliance with policies and standards.")]),
    C("GOV-07", "Governance", "Management review",
      "Top management reviews the ISMS twice a year using the required inputs and records decisions and actions.",
      "P", "semiannual", "ppc", "Management review minutes covering all required inputs and outputs",
      [("CC4.2", "i", "Deficiencies are reported to senior management who decide on actions."),
       ("CC1.2", "i", "Leadership oversight of internal control is exercised in the review.")],
      [("9.3", "e", "Inputs and results of the management review are recorded."),
       ("10.1", "i", "Review decisions drive continual improvement.")]),
    C("GOV-08", "Governance", "Nonconformity and corrective action tracking",
      "Nonconformities from audits, incidents and monitoring are logged in the corrective action register, root-caused and reviewed monthly until closed.",
      "S", "monthly", "ppc", "Monthly corrective action register export",
      [("CC4.2", "e", "Deficiencies are communicated and tracked to timely corrective action.")],
      [("10.2", "e", "Nonconformities are corrected, root-caused and the actions reviewed."),
       ("10.1", "i", "Closed actions are part of continual improvement.")]),
    C("GOV-09", "Governance", "Document control",
      "Policies and procedures are kept in a controlled register with owner, version, approval and review date; the register is reconciled quarterly.",
      "S", "quarterly", "pp", "Quarterly document register reconciliation",
      [("CC5.3", "i", "Policies are kept current and assigned to owners.")],
      [("7.5", "e", "Documented information is identified, approved, versioned and controlled."),
       ("A.5.37", "i", "Operating procedures are documented and available to those who need them.")]),
    C("GOV-10", "Governance", "Legal, regulatory and contractual requirements register",
      "The General Counsel maintains a register of legal, regulatory and contractual security obligations (UK GDPR, customer contracts) and reviews it twice a year.",
      "A", "semiannual", "pp", "Reviewed obligations register",
      [("CC2.3", "i", "Obligations to external parties are identified so they can be communicated and met."),
       ("CC3.1", "i", "Compliance objectives are derived from the register.")],
      [("A.5.31", "e", "Legal, statutory, regulatory and contractual requirements are identified and kept up to date."),
       ("4.2", "i", "Regulators and customers are interested parties whose requirements are recorded.")]),
    C("GOV-11", "Governance", "ISMS resources and planning of changes",
      "The annual security budget and headcount plan are approved, and changes to the ISMS are planned and recorded by the steering committee.",
      "P", "annual", "pp", "Approved annual security plan and budget; ISMS change log",
      [("CC3.4", "i", "Planned changes to the security programme are assessed before they happen.")],
      [("7.1", "e", "Resources for the ISMS are determined and provided."),
       ("6.3", "i", "Changes to the ISMS are carried out in a planned manner."),
       ("8.1", "i", "Processes are planned and controlled through the annual plan.")]),
    C("GOV-12", "Governance", "Contact with authorities and special interest groups",
      "The security team keeps current contacts with the ICO, NCSC and law enforcement, and membership of industry security groups; the list is reviewed annually.",
      "P", "annual", "pp", "Reviewed contact register",
      [("CC2.3", "i", "Defined contacts allow timely external communication in a security event.")],
      [("A.5.5", "e", "Contacts with relevant authorities are established and maintained."),
       ("A.5.6", "e", "Membership of special interest groups is maintained.")]),
    C("GOV-13", "Governance", "External communication of security commitments",
      "Security commitments and material changes (sub-processors, incidents, maintenance) are communicated to customers through the trust portal and status page.",
      "A", "event", "pp", "Customer notices and trust-portal change records",
      [("CC2.3", "e", "Commitments and changes are communicated to external parties."),
       ("C1.1", "i", "Confidentiality commitments are published to customers.")],
      [("7.4", "e", "External communication is defined: what, when, with whom and how.")]),

    C("HR-01", "People", "Pre-employment background screening",
      "All new hires and contractors pass identity, right-to-work, reference and (for privileged roles) criminal record checks before their start date.",
      "G", "event", "pp", "Completed screening record per hire",
      [("CC1.4", "s", "Screening supports hiring competent, trustworthy people.")],
      [("A.6.1", "e", "Background verification checks are carried out before joining.")]),
    C("HR-02", "People", "Employment terms and confidentiality agreements",
      "Employment contracts and contractor agreements include confidentiality, IP and security obligations and are signed before access is granted.",
      "G", "event", "pp", "Signed contract or NDA per hire",
      [("CC1.1", "i", "Contracts commit staff to integrity and confidentiality."),
       ("C1.1", "i", "Confidentiality obligations bind staff handling customer data.")],
      [("A.6.2", "e", "Terms of employment state security responsibilities."),
       ("A.6.6", "e", "Confidentiality agreements are signed and reviewed.")]),
    C("HR-03", "People", "Security awareness training",
      "Staff complete security awareness training at onboarding and annually, with monthly phishing simulations; completion is tracked monthly and chased.",
      "G", "monthly", "ppc", "Monthly training completion report",
      [("CC1.4", "i", "Training develops and retains competent staff."),
       ("CC2.2", "i", "Training communicates security responsibilities internally.")],
      [("7.2", "i", "Training records evidence competence."),
       ("7.3", "e", "Staff are aware of the policy and their contribution."),
       ("A.6.3", "e", "Awareness, education and training are given and tracked.")]),
    C("HR-04", "People", "Code of conduct and acceptable use acknowledgement",
      "Staff acknowledge the code of conduct and acceptable use policy, including clear desk and clear screen rules, at hire and every year.",
      "G", "annual", "ppc", "Annual acknowledgement report",
      [("CC1.1", "e", "The code of conduct sets integrity and ethical values and is acknowledged."),
       ("CC1.5", "i", "Acknowledgement holds individuals accountable.")],
      [("A.5.10", "e", "Rules for acceptable use are documented and acknowledged."),
       ("A.7.7", "i", "Clear desk and clear screen rules are part of the acknowledged policy.")]),
    C("HR-05", "People", "Performance reviews include security responsibilities",
      "Twice-yearly performance reviews include a security objective for every engineer and manager; completion is tracked by People Operations.",
      "G", "semiannual", "pp", "Review cycle completion report",
      [("CC1.5", "s", "Performance reviews hold individuals accountable for security duties."),
       ("CC1.4", "i", "Reviews identify training needs.")],
      [("7.2", "i", "Competence is evaluated in the review cycle.")]),
    C("HR-06", "People", "Disciplinary process for security breaches",
      "Breaches of security policy are handled through the formal disciplinary procedure, coordinated by People Operations and the CISO.",
      "G", "event", "pp", "",
      [("CC1.5", "i", "A disciplinary process enforces accountability.")],
      [("A.6.4", "e", "A formal disciplinary process exists and is communicated.")]),
    C("HR-07", "People", "Leaver access revocation and asset return",
      "On termination, Okta and AWS access are revoked within one business day and company assets are returned; the leaver checklist is completed in Jira.",
      "D", "event", "ppc", "Completed leaver ticket with revocation timestamps",
      [("CC6.2", "i", "Credentials of leavers are removed promptly."),
       ("CC6.5", "i", "Returned laptops are wiped before reuse.")],
      [("A.5.11", "e", "Assets are returned on termination."),
       ("A.6.5", "e", "Responsibilities after termination are enforced."),
       ("A.5.18", "s", "Access rights are removed on leaving.")]),
    C("HR-08", "People", "Remote working and off-premises equipment",
      "Remote staff follow the remote working standard (encrypted managed laptop, screen lock, secure home network) and attest to it each year.",
      "D", "annual", "pc", "Annual remote-working attestation report",
      [("CC6.7", "i", "Rules protect data on devices used off-premises.")],
      [("A.6.7", "e", "Remote working security measures are implemented."),
       ("A.7.9", "e", "Assets off-premises are protected.")]),
    C("HR-09", "People", "Security event reporting by staff",
      "Staff report suspected security events through the #security-report channel or the phishing button; each report is triaged by the security team.",
      "P", "event", "ppc", "Triaged staff reports in the security queue",
      [("CC2.2", "i", "Staff have a channel to communicate security concerns."),
       ("CC7.3", "i", "Reported events are evaluated.")],
      [("A.6.8", "e", "Personnel report observed or suspected events through appropriate channels.")]),

    C("IAM-01", "Identity and access", "Single sign-on and multi-factor authentication",
      "All workforce access to production and business applications goes through Okta SSO with phishing-resistant or push MFA; local accounts are disabled.",
      "D", "continuous", "ppc", "Okta sign-on policy snapshot; MFA enrolment report",
      [("CC6.1", "i", "SSO and MFA restrict logical access to authorised users."),
       ("CC6.2", "i", "Identities are registered centrally before credentials are issued.")],
      [("A.5.16", "e", "Identities are managed across their full life cycle in Okta."),
       ("A.5.17", "i", "Authentication information is issued and protected by the IdP."),
       ("A.8.5", "e", "Secure authentication uses MFA.")]),
    C("IAM-02", "Identity and access", "Access provisioning by approved request",
      "Access to production systems and business applications is granted only through a Jira access request approved by the system owner.",
      "D", "event", "ppc", "Approved access request tickets",
      [("CC6.2", "e", "Access is granted only after authorised approval."),
       ("CC6.3", "i", "Requests name the role requested.")],
      [("A.5.18", "i", "Access rights are provisioned according to policy."),
       ("A.5.15", "i", "Access control rules are applied at request time.")]),
    C("IAM-03", "Identity and access", "Role-based least-privilege access to AWS",
      "Engineers reach AWS only through SSO permission sets mapped to roles; administrator permission sets are limited to the platform on-call group.",
      "T", "continuous", "pp", "AWS IAM Identity Center permission-set snapshot",
      [("CC6.3", "e", "Access is role-based and least-privilege."),
       ("CC6.1", "i", "Permission sets restrict access to protected resources.")],
      [("A.5.15", "i", "Access control rules are implemented through permission sets."),
       ("A.5.3", "i", "Duties are separated between deploy and administer roles."),
       ("A.8.3", "i", "Access to information is restricted by role.")]),
    C("IAM-04", "Identity and access", "Quarterly production access review",
      "Each quarter, system owners review all accounts with access to AWS production accounts and the production databases; removals are actioned within five business days.",
      "P", "quarterly", "pp", "Signed-off access review export with decisions",
      [("CC6.2", "i", "Access is periodically re-validated."),
       ("CC6.3", "i", "Excess privileges found in the review are removed.")],
      [("A.5.18", "e", "Access rights are reviewed at planned intervals."),
       ("A.8.2", "i", "Privileged access is reviewed.")]),
    C("IAM-05", "Identity and access", "Quarterly business application access review",
      "Each quarter, application owners review user lists of Google Workspace, GitHub, Datadog, Stripe dashboard and the customer support tool.",
      "D", "quarterly", "pc", "Signed-off access review export per application",
      [("CC6.2", "i", "Access to applications is periodically re-validated."),
       ("CC6.3", "s", "Roles are confirmed against job function.")],
      [("A.5.18", "i", "Application access rights are reviewed.")]),
    C("IAM-06", "Identity and access", "Privileged and break-glass access monitoring",
      "Every use of break-glass or administrator roles raises an alert; the platform lead reviews the month's privileged sessions and signs off.",
      "T", "monthly", "pp", "Monthly privileged session review with sign-off",
      [("CC6.1", "i", "Privileged access is logged and reviewed."),
       ("CC6.3", "i", "Use of elevated roles is justified.")],
      [("A.8.2", "e", "Privileged access rights are restricted and monitored."),
       ("A.8.18", "i", "Use of privileged utilities is logged and reviewed.")]),
    C("IAM-07", "Identity and access", "Secrets and credential management",
      "Application secrets live in AWS Secrets Manager with automatic rotation; a quarterly check confirms no secrets older than 90 days and no secrets in source code.",
      "T", "quarterly", "pp", "Quarterly secrets rotation report; secret-scanning summary",
      [("CC6.1", "i", "Credentials are protected and rotated.")],
      [("A.5.17", "e", "Authentication information is allocated and managed."),
       ("A.8.24", "i", "Key material is managed in a secrets service.")]),
    C("IAM-08", "Identity and access", "Source code access restriction",
      "The GitHub organisation requires SSO and MFA, repositories are private by default and the main branch is protected with required reviews.",
      "H", "continuous", "pp", "GitHub organisation and branch-protection settings export",
      [("CC6.1", "i", "Access to source code is restricted."),
       ("CC8.1", "i", "Protected branches enforce change approval.")],
      [("A.8.4", "e", "Read and write access to source code is managed.")]),
    C("IAM-09", "Identity and access", "Customer tenant isolation",
      "Every API request is authorised against the caller's tenant; an automated isolation test suite runs on every build and results are exported monthly.",
      "T", "continuous", "pp", "Monthly export of tenant-isolation test runs",
      [("CC6.1", "i", "Logical separation restricts customers to their own data."),
       ("C1.1", "i", "Isolation protects customers' confidential data.")],
      [("A.8.3", "e", "Access to information is restricted per tenant.")], doc="no"),
    C("IAM-10", "Identity and access", "Hardware security keys for administrators",
      "Administrators will authenticate with FIDO2 hardware keys only; rollout planned for Q1 2027.",
      "D", "continuous", "pp", "Okta authenticator policy showing FIDO2-only for administrator groups",
      [("CC6.1", "i", "Phishing-resistant MFA will further restrict privileged access.")],
      [("A.8.5", "i", "Stronger authentication for administrators.")], status="planned", doc="no"),

    C("CM-01", "Change management", "Peer-reviewed and approved changes",
      "Every production change is a pull request reviewed and approved by an engineer other than the author, passing CI, and deployed by the pipeline.",
      "H", "continuous", "pp", "Monthly export of merged pull requests with reviewers and deployments",
      [("CC8.1", "e", "Changes are authorised, tested, approved and implemented through the pipeline.")],
      [("A.8.32", "e", "Changes are subject to change management."),
       ("8.1", "i", "Operational change is planned and controlled.")]),
    C("CM-02", "Change management", "Secure development life cycle and design review",
      "Significant features get a security design review with threat modelling before build; security requirements are recorded in the epic.",
      "H", "event", "pp", "Completed security design review tickets",
      [("CC8.1", "i", "Security requirements are designed into changes."),
       ("CC3.4", "i", "Design review assesses the impact of significant changes.")],
      [("A.8.25", "e", "Rules for secure development are applied."),
       ("A.8.26", "e", "Security requirements are identified for applications."),
       ("A.8.27", "i", "Secure architecture principles are applied in design review."),
       ("A.5.8", "i", "Security is integrated into project management.")]),
    C("CM-03", "Change management", "Static analysis and secure coding checks in CI",
      "The CI pipeline runs static analysis and secret scanning on every pull request; high findings block the merge.",
      "H", "continuous", "pp", "Monthly SAST summary from CI",
      [("CC8.1", "i", "Changes are tested before approval."),
       ("CC7.1", "i", "Code vulnerabilities are detected before release.")],
      [("A.8.28", "e", "Secure coding principles are applied and checked."),
       ("A.8.29", "i", "Security testing is part of the development process.")]),
    C("CM-04", "Change management", "Separate development, staging and production environments",
      "Development, staging and production run in separate AWS accounts under AWS Organizations; service control policies block production data in non-production.",
      "T", "continuous", "pp", "AWS Organizations and SCP snapshot",
      [("CC8.1", "i", "Changes are tested in a separate environment."),
       ("CC6.1", "i", "Account separation restricts access to production.")],
      [("A.8.31", "e", "Environments are separated."),
       ("A.8.33", "i", "Production data is kept out of test environments by policy.")], doc="no"),
    C("CM-05", "Change management", "Infrastructure as code and configuration baseline",
      "All AWS infrastructure is defined in Terraform; AWS Config evaluates the baseline conformance pack daily and drift raises a ticket.",
      "T", "daily", "pp", "AWS Config conformance history export",
      [("CC7.1", "i", "Configuration drift is detected daily."),
       ("CC8.1", "i", "Infrastructure changes go through code review."),
       ("CC5.2", "i", "Technology general controls are codified.")],
      [("A.8.9", "e", "Configurations are established, documented and monitored."),
       ("A.8.19", "i", "Software on operational systems is installed only through the pipeline.")]),
    C("CM-06", "Change management", "Emergency change procedure",
      "Emergency changes may skip pre-approval but are reviewed and approved retrospectively within two business days.",
      "H", "event", "pp", "Emergency change tickets with retrospective approval",
      [("CC8.1", "i", "Emergency changes are authorised retrospectively.")],
      [("A.8.32", "i", "Emergency changes are controlled.")]),
    C("CM-07", "Change management", "Dependency and container image scanning",
      "Dependencies and container images are scanned weekly; critical and high vulnerabilities in third-party components are fixed within SLA.",
      "H", "weekly", "pp", "Weekly scan results exported monthly",
      [("CC7.1", "i", "Vulnerable third-party components are detected."),
       ("CC9.2", "i", "Risk from open-source suppliers is managed.")],
      [("A.8.8", "i", "Technical vulnerabilities in dependencies are managed."),
       ("A.5.21", "i", "ICT supply chain risk from components is managed.")]),

    C("OPS-01", "Operations", "Centralised logging and retention",
      "CloudTrail, VPC flow logs and application logs are shipped to Datadog and an immutable S3 archive kept for 13 months; clocks use Amazon Time Sync.",
      "M", "continuous", "pp", "Log pipeline status export; retention configuration",
      [("CC7.2", "i", "Logs are collected so anomalies can be detected."),
       ("CC4.1", "i", "Log monitoring supports ongoing evaluation.")],
      [("A.8.15", "e", "Logs are produced, stored and protected."),
       ("A.8.17", "e", "Clocks are synchronised to one time source.")]),
    C("OPS-02", "Operations", "Security monitoring and alerting",
      "GuardDuty, Security Hub and Datadog detection rules page the on-call security engineer; alerts are triaged within defined SLAs.",
      "M", "continuous", "pp", "Monthly alert triage summary",
      [("CC7.2", "e", "System components are monitored for anomalies."),
       ("CC7.3", "i", "Alerts are evaluated to decide whether they are incidents.")],
      [("A.8.16", "e", "Networks and systems are monitored for anomalous behaviour."),
       ("A.5.7", "i", "Threat detections feed threat intelligence.")]),
    C("OPS-03", "Operations", "Monthly vulnerability scanning and remediation",
      "Production hosts and containers are scanned monthly; findings are ticketed and fixed within SLA (critical 7 days, high 30 days).",
      "P", "monthly", "pp", "Monthly scan summary with remediation status",
      [("CC7.1", "e", "Vulnerabilities are detected and remediated.")],
      [("A.8.8", "e", "Technical vulnerabilities are identified and remediated.")]),
    C("OPS-04", "Operations", "Annual penetration test",
      "An independent CREST-accredited firm tests the platform and API once a year; findings are tracked to remediation and retested.",
      "P", "annual", "pp", "Penetration test report and retest letter",
      [("CC4.1", "i", "An external test is a separate evaluation."),
       ("CC7.1", "i", "Testing finds vulnerabilities.")],
      [("A.8.8", "i", "External testing finds vulnerabilities."),
       ("A.8.34", "e", "Audit testing is planned and agreed to protect production.")]),
    C("OPS-05", "Operations", "Endpoint protection and device management",
      "All company laptops are enrolled in MDM with disk encryption, screen lock and EDR; DNS filtering blocks malicious sites. Non-compliant devices lose SSO access.",
      "D", "continuous", "pc", "MDM compliance report; EDR coverage report",
      [("CC6.8", "e", "Malware is prevented and detected on endpoints."),
       ("CC6.7", "i", "Disk encryption protects data on laptops.")],
      [("A.8.1", "e", "User endpoint devices are protected."),
       ("A.8.7", "i", "EDR protects endpoints against malware."),
       ("A.8.23", "e", "Web filtering blocks malicious sites.")]),
    C("OPS-06", "Operations", "Network security and boundary protection",
      "Production VPCs allow inbound traffic only through the load balancers and AWS WAF; security groups are reviewed by AWS Config rules; TLS 1.2+ is enforced.",
      "T", "continuous", "pp", "Security group and WAF configuration snapshot",
      [("CC6.6", "e", "Boundary protection restricts access from outside the system.")],
      [("A.8.20", "e", "Networks are secured and managed."),
       ("A.8.21", "i", "Network services are secured with WAF and TLS."),
       ("A.8.22", "e", "Networks are segregated into tiers.")]),
    C("OPS-07", "Operations", "Encryption at rest and in transit",
      "Customer data is encrypted at rest with AWS KMS keys and in transit with TLS 1.2+; AWS Config rules flag unencrypted resources.",
      "T", "continuous", "pp", "AWS Config encryption rule evaluations",
      [("CC6.7", "e", "Data in transmission and at rest is protected."),
       ("CC6.1", "i", "Encryption protects stored data.")],
      [("A.8.24", "e", "Cryptography is used according to the standard."),
       ("A.5.14", "i", "Information transfer is protected in transit.")]),
    C("OPS-08", "Operations", "Capacity monitoring and planning",
      "Capacity dashboards and autoscaling are reviewed monthly by SRE against forecast demand; actions are ticketed.",
      "M", "monthly", "pp", "Monthly capacity review record",
      [("A1.1", "e", "Capacity is monitored and planned to meet commitments.")],
      [("A.8.6", "e", "Resource use is monitored and adjusted.")]),
    C("OPS-09", "Operations", "Threat intelligence review",
      "The security team reviews threat intelligence feeds weekly and records relevant items with actions.",
      "P", "weekly", "pp", "Weekly threat intelligence notes (monthly digest)",
      [("CC3.2", "i", "New threats feed risk identification."),
       ("CC7.2", "i", "Intelligence informs detection rules.")],
      [("A.5.7", "e", "Threat intelligence is collected and analysed.")]),
    C("OPS-10", "Operations", "Malware scanning of customer uploads",
      "Files uploaded by customers are scanned for malware before processing; infected files are quarantined.",
      "T", "continuous", "pp", "Monthly scan statistics from the upload pipeline",
      [("CC6.8", "i", "Malicious files are detected before processing.")],
      [("A.8.7", "i", "Protection against malware is applied to uploads.")], doc="no"),
    C("OPS-11", "Operations", "Data loss prevention",
      "Google Workspace DLP rules block sharing of files labelled Confidential outside the company; alerts are reviewed by IT.",
      "D", "continuous", "pc", "Monthly DLP incident report",
      [("CC6.7", "i", "Transmission of confidential data is restricted."),
       ("C1.1", "i", "Confidential information is protected from unauthorised disclosure.")],
      [("A.8.12", "e", "Data leakage prevention measures are applied.")]),
    C("OPS-12", "Operations", "Hardened images and controlled software installation",
      "Production runs only hardened, immutable container images built by the pipeline; interactive package installation on hosts is blocked.",
      "T", "continuous", "pp", "Image provenance report; Config rule evaluations",
      [("CC6.8", "i", "Only authorised software runs in production."),
       ("CC8.1", "i", "Software changes reach production only through the pipeline.")],
      [("A.8.19", "e", "Installation of software on operational systems is controlled.")]),

    C("IR-01", "Incident response", "Incident response plan and annual tabletop exercise",
      "The incident response plan defines roles, severities and communication; it is tested by an annual tabletop exercise and updated with the lessons.",
      "P", "annual", "pp", "Approved plan; tabletop exercise report",
      [("CC7.4", "e", "A defined plan is used to respond to incidents."),
       ("CC7.3", "i", "The plan defines how events are evaluated.")],
      [("A.5.24", "e", "Incident management is planned and prepared."),
       ("A.5.26", "i", "The plan defines response steps.")]),
    C("IR-02", "Incident response", "Incident triage and tracking",
      "Security events are triaged against the severity matrix; incidents are tracked in Jira from detection to closure.",
      "M", "event", "pp", "Incident tickets with severity and timeline",
      [("CC7.3", "e", "Events are evaluated to determine whether they are incidents."),
       ("CC7.4", "i", "Incidents are contained and tracked.")],
      [("A.5.25", "e", "Events are assessed and classified."),
       ("A.5.26", "e", "Incidents are responded to according to procedure.")]),
    C("IR-03", "Incident response", "Post-incident review",
      "Every severity 1-2 incident gets a blameless post-incident review within ten business days; actions go to the corrective action register.",
      "M", "event", "pp", "Post-incident review documents",
      [("CC7.5", "e", "Recovery and lessons learned follow incidents."),
       ("CC4.2", "i", "Deficiencies found are tracked to correction.")],
      [("A.5.27", "e", "Knowledge from incidents is used."),
       ("10.2", "i", "Incident actions enter the corrective action process.")]),
    C("IR-04", "Incident response", "Customer and regulator breach notification",
      "Where personal or customer data is affected, Legal decides on notification; the ICO is notified within 72 hours and customers per contract.",
      "A", "event", "pp", "Notification decision records",
      [("CC2.3", "i", "Affected external parties are informed."),
       ("CC7.4", "i", "Communication is part of incident response.")],
      [("A.5.26", "i", "Notification is part of response."),
       ("A.5.5", "i", "The regulator is contacted when required.")]),
    C("IR-05", "Incident response", "Forensic evidence preservation",
      "For security incidents, logs, snapshots and chat records are preserved with chain-of-custody in a locked evidence bucket.",
      "P", "event", "pp", "Chain-of-custody records",
      [("CC7.4", "s", "Evidence is preserved during response.")],
      [("A.5.28", "e", "Evidence is identified, collected and preserved.")]),

    C("BCP-01", "Business continuity", "Business continuity and disaster recovery plan",
      "The BC/DR plan sets RTO 4h and RPO 1h for the platform and is reviewed and walked through every year.",
      "M", "annual", "pp", "Approved plan; annual walkthrough record",
      [("CC9.1", "e", "Risks of business disruption are mitigated by a tested plan."),
       ("A1.2", "i", "Recovery infrastructure is part of the plan.")],
      [("A.5.29", "e", "Security is maintained during disruption."),
       ("A.5.30", "i", "ICT readiness is planned.")]),
    C("BCP-02", "Business continuity", "Annual disaster recovery test",
      "Once a year the platform is restored into the secondary region from backups and infrastructure code; RTO and RPO are measured.",
      "M", "annual", "pp", "DR test report with measured RTO/RPO",
      [("A1.3", "e", "Recovery plan procedures are tested."),
       ("CC7.5", "i", "Recovery capability is exercised.")],
      [("A.5.30", "e", "ICT continuity is tested."),
       ("A.8.14", "i", "Redundant facilities are exercised.")]),
    C("BCP-03", "Business continuity", "Business impact analysis",
      "The BIA identifies critical services, dependencies and tolerances and is refreshed annually.",
      "S", "annual", "pp", "Approved BIA",
      [("CC9.1", "i", "Disruption risks are identified."),
       ("CC3.2", "i", "Impact analysis informs risk assessment.")],
      [("A.5.29", "i", "Continuity requirements are determined."),
       ("6.1.2", "i", "Impact criteria feed the risk assessment.")]),

    C("AV-01", "Availability", "Automated daily backups",
      "RDS snapshots and point-in-time recovery, S3 versioning and cross-region replication run daily; failures page SRE.",
      "M", "daily", "pp", "Backup job log export",
      [("A1.2", "e", "Data is backed up to support recovery.")],
      [("A.8.13", "e", "Backups are taken and checked.")]),
    C("AV-02", "Availability", "Redundancy and availability monitoring",
      "The platform runs multi-AZ with health checks; SRE reviews SLO and error-budget dashboards every week.",
      "M", "weekly", "pp", "SLO review notes (monthly digest)",
      [("A1.1", "i", "Availability is monitored against commitments."),
       ("A1.2", "i", "Redundant components support availability.")],
      [("A.8.14", "e", "Redundancy meets availability requirements."),
       ("A.8.16", "i", "Availability is monitored.")]),
    C("AV-03", "Availability", "Quarterly backup restore test",
      "Each quarter SRE restores a sample database snapshot into an isolated account and verifies integrity and restore time.",
      "M", "quarterly", "pp", "Restore test record with timings and integrity check",
      [("A1.3", "s", "Restores test recovery procedures."),
       ("A1.2", "i", "Backups are proven usable.")],
      [("A.8.13", "i", "Backups are tested.")], doc="no"),

    C("CF-01", "Confidentiality", "Data classification and handling",
      "Information is classified Public, Internal, Confidential or Restricted; customer data is Restricted. The data inventory is reviewed annually.",
      "S", "annual", "pp", "Approved classification policy; annual data inventory review",
      [("C1.1", "e", "Confidential information is identified and labelled.")],
      [("A.5.12", "e", "Information is classified."),
       ("A.5.13", "e", "Labelling follows the scheme.")]),
    C("CF-02", "Confidentiality", "Customer data deletion at contract end",
      "Customer tenants are deleted within 30 days of contract end, including backups after their retention; deletion is confirmed to the customer.",
      "T", "event", "pp", "Deletion tickets with confirmation",
      [("C1.2", "e", "Confidential information is disposed of as committed."),
       ("CC6.5", "i", "Customer data is removed when no longer needed.")],
      [("A.8.10", "e", "Information is deleted when no longer required.")]),
    C("CF-03", "Confidentiality", "Secure disposal of devices and media",
      "Laptops and media are wiped to NIST 800-88 or destroyed by a certified provider; certificates are kept.",
      "D", "event", "pc", "Disposal certificates",
      [("CC6.5", "e", "Protections are removed before disposal."),
       ("C1.2", "i", "Confidential data on devices is destroyed.")],
      [("A.7.14", "e", "Equipment is wiped before disposal or reuse."),
       ("A.7.10", "e", "Storage media are managed through their life cycle.")]),
    C("CF-04", "Confidentiality", "Data retention schedule",
      "The retention schedule sets retention per data type; an annual review confirms automated lifecycle rules match it.",
      "A", "annual", "pp", "Annual retention review record",
      [("C1.2", "i", "Retention limits drive disposal."),
       ("CC6.5", "i", "Data is removed at the end of retention.")],
      [("A.5.33", "e", "Records are protected and retained as required."),
       ("A.8.10", "i", "Deletion follows the schedule.")]),
    C("CF-05", "Confidentiality", "Asset inventory",
      "Cloud resources and endpoints are inventoried automatically; IT reconciles the inventory monthly and assigns an owner to every asset.",
      "D", "monthly", "ppc", "Monthly inventory reconciliation",
      [("CC6.1", "i", "Assets are identified so they can be protected."),
       ("CC2.1", "i", "The inventory is quality information used by other controls.")],
      [("A.5.9", "e", "An inventory of information and assets with owners is kept.")]),
    C("CF-06", "Confidentiality", "No production data in non-production environments",
      "Test data is synthetic; a quarterly scan of non-production data stores confirms no production customer data.",
      "H", "quarterly", "pp", "Quarterly non-production data scan result",
      [("C1.1", "i", "Confidential data is kept out of test systems."),
       ("CC8.1", "i", "Testing uses appropriate data.")],
      [("A.8.33", "e", "Test information is selected and protected.")]),
    C("CF-07", "Confidentiality", "Privacy and personal data protection",
      "The records of processing, DPIAs and the data processing agreement template are maintained and reviewed annually by Legal.",
      "A", "annual", "pp", "Reviewed records of processing",
      [("C1.1", "i", "Personal data is identified as confidential."),
       ("CC2.3", "i", "Privacy commitments are communicated to customers.")],
      [("A.5.34", "e", "Privacy and PII protection requirements are met.")]),

    C("VEN-01", "Vendor management", "Vendor security assessment before onboarding",
      "New vendors that process customer data or connect to production are security-assessed and approved before contract signature.",
      "O", "event", "ppc", "Completed vendor assessment",
      [("CC9.2", "e", "Vendor risks are assessed before engagement.")],
      [("A.5.19", "e", "Supplier risks are managed."),
       ("A.5.20", "i", "Security requirements are agreed with suppliers.")]),
    C("VEN-02", "Vendor management", "Annual review of critical vendor assurance reports",
      "SOC 2 reports (including complementary user entity controls) of AWS, Okta, GitHub, Datadog and Stripe are reviewed every year.",
      "P", "annual", "pp", "Vendor report review records",
      [("CC9.2", "i", "Vendors' controls are monitored."),
       ("CC4.1", "i", "Subservice organisation controls are evaluated.")],
      [("A.5.22", "e", "Supplier services are monitored and reviewed."),
       ("A.5.21", "i", "ICT supply chain assurance is obtained.")]),
    C("VEN-03", "Vendor management", "Security and data protection clauses in supplier contracts",
      "Supplier contracts include a DPA, security schedule, breach notice and audit rights, reviewed by Legal.",
      "A", "event", "pp", "Signed DPAs and security schedules",
      [("CC9.2", "i", "Contracts set vendor security commitments.")],
      [("A.5.20", "e", "Supplier agreements address security.")]),
    C("VEN-04", "Vendor management", "Cloud service security baseline review",
      "The AWS shared-responsibility matrix and account security baseline are reviewed every six months against AWS changes.",
      "T", "semiannual", "pp", "Reviewed shared-responsibility matrix",
      [("CC9.2", "i", "The cloud provider relationship is managed."),
       ("CC6.1", "i", "Cloud security settings are reviewed.")],
      [("A.5.23", "e", "Use of cloud services is managed.")]),

    C("RSK-01", "Risk management", "Annual risk assessment",
      "The GRC Manager runs the annual information security risk assessment using the approved methodology; results go to the steering committee.",
      "S", "annual", "ppc", "Risk register and assessment report",
      [("CC3.2", "e", "Risks to objectives are identified and analysed."),
       ("CC3.1", "i", "Risk assessment starts from objectives.")],
      [("6.1", "e", "Risk assessment and treatment processes are defined and applied."),
       ("8.2", "e", "Risk assessments are performed and recorded.")]),
    C("RSK-02", "Risk management", "Risk treatment plan and Statement of Applicability",
      "Risk treatment actions and the Statement of Applicability are maintained and progress is reviewed quarterly.",
      "S", "quarterly", "ppc", "Quarterly risk treatment status; current SoA",
      [("CC5.1", "e", "Control activities are selected to mitigate risks."),
       ("CC9.1", "i", "Treatment reduces disruption risk.")],
      [("6.1.3", "e", "Risk treatment and SoA are produced."),
       ("8.3", "e", "The treatment plan is implemented and tracked.")]),
    C("RSK-03", "Risk management", "Fraud risk assessment",
      "Fraud risks (payment fraud, insider misuse of customer data, management override) are assessed every year.",
      "", "annual", "pp", "Fraud risk assessment record",
      [("CC3.3", "e", "Potential for fraud is considered in risk assessment.")],
      [("6.1.2", "i", "Fraud scenarios are part of the risk assessment.")]),
    C("RSK-04", "Risk management", "Change impact assessment",
      "Significant changes (new region, new sub-processor, acquisitions, major architecture) get a documented security impact assessment.",
      "S", "event", "pp", "Change impact assessment records",
      [("CC3.4", "e", "Changes that could affect internal control are assessed.")],
      [("6.3", "e", "Changes to the ISMS are planned."),
       ("8.1", "i", "Planned changes are controlled.")]),
    C("RSK-05", "Risk management", "Continuous control monitoring",
      "Automated tests in the compliance platform check control health daily; failing tests are assigned to owners and reviewed monthly.",
      "S", "continuous", "ppc", "Monthly control test status export",
      [("CC4.1", "i", "Ongoing evaluations check controls are present and functioning."),
       ("CC5.2", "i", "Automated tests support technology controls."),
       ("CC2.1", "i", "Monitoring produces quality information about control health."),
       ("CC5.1", "i", "Failing controls lead to mitigation.")],
      [("9.1", "e", "Control performance is monitored and evaluated.")]),

    C("PHY-01", "Physical security", "Subservice organisation physical access review",
      "Physical access to the AWS data centres is carved out; the AWS SOC 2 physical access controls will be reviewed each year against the complementary subservice organisation controls.",
      "P", "annual", "pp", "Review of the AWS SOC 2 report physical access section",
      [("CC6.4", "i", "Physical access to facilities hosting the system is monitored through the subservice organisation's report.")],
      [("A.5.22", "i", "AWS physical security is monitored as a supplier service.")], status="planned"),
    C("PHY-02", "Physical security", "London office network segregation",
      "The London office guest Wi-Fi is isolated from the staff network and has no route to production; the office network configuration is checked monthly.",
      "D", "monthly", "ol", "Monthly office network configuration check",
      [("CC6.6", "i", "The office network boundary is protected.")],
      [("A.8.20", "i", "The office network is secured."),
       ("A.8.22", "i", "Guest and staff networks are segregated.")]),
]

APPLICABILITY = [
    ("A.7.4", "No company-operated data centres; physical monitoring of the hosting facilities is inherited from AWS (see AWS SOC 2 report) and the London office is a serviced floor monitored by the landlord under the lease."),
    ("A.7.5", "No company-operated data centres or server rooms; protection against physical and environmental threats is inherited from AWS (see AWS SOC 2 report)."),
    ("A.7.6", "No secure areas exist: no company-operated data centres, server rooms or restricted zones; hosting is on AWS."),
    ("A.7.8", "No on-premises servers or network equipment to site; all processing equipment is operated by AWS (see AWS SOC 2 report)."),
    ("A.7.11", "No company-operated data centres; power and other utilities for the system are inherited from AWS (see AWS SOC 2 report)."),
    ("A.7.12", "No company-owned cabling: the serviced office provides network cabling and the hosting facilities are operated by AWS."),
    ("A.7.13", "No company-operated infrastructure equipment; laptops are replaced under vendor warranty rather than maintained in-house, and hosting equipment is maintained by AWS."),
    ("A.8.30", "No development is outsourced: all software is developed by employees (decision recorded in the 2026 risk treatment plan)."),
]


# --------------------------------------------------------------------------------------------------------------
# Documents (documentation-type evidence): key, type, title, controls, approved date, approver, file, statements
# --------------------------------------------------------------------------------------------------------------
def D(key, typ, title, controls, when, approver, path, version, statements, sha=False):
    return dict(key=key, type=typ, title=title, controls=controls, when=when, approver=approver, path=path,
                version=version, statements=statements, sha=sha)


DOCS = [
    D("isp", "policy", "Information Security Policy", ["GOV-02", "GOV-03", "GOV-11"], date(2025, 12, 8), CEO,
      "policies/information-security-policy-v4.0.md", "4.0", [
          "Northwind protects the confidentiality, integrity and availability of customer data entrusted to the Northwind Insights Platform, and meets its contractual and legal obligations.",
          "The ISMS is certified to ISO/IEC 27001:2022 and reported on through an annual SOC 2 Type II examination; both are sponsored by the CEO.",
          "The Head of Information Security owns this policy and the topic-specific policies beneath it; each topic-specific policy names an owner and is reviewed at least every twelve months.",
          "The security steering committee meets every quarter, sets the annual security plan and budget and approves material changes to the ISMS.",
          "Every employee and contractor reads and acknowledges this policy at hire and every year; breaches are handled through the disciplinary procedure.",
          "Exceptions are requested in Jira, risk-assessed by the security team and approved by the Head of Information Security for at most twelve months."], sha=True),
    D("scope", "policy", "ISMS Scope and Context Statement", ["GOV-01"], date(2026, 1, 19), CEO,
      "governance/isms-scope-and-context-statement.md", "3.0", [
          "The ISMS covers the design, development, operation and support of the Northwind Insights Platform, the corporate IT that supports it, and the London office.",
          "The SOC 2 system boundary is narrower: it covers the production and platform environments only; corporate IT and the office are supporting elements outside the system description.",
          "Internal issues include rapid headcount growth, a single-region production footprint and reliance on a small SRE team.",
          "External issues include UK GDPR, customer contractual security schedules, and dependence on AWS, Okta and GitHub.",
          "Interested parties (customers, investors, the ICO, staff, sub-processors) and their requirements are recorded in the interested-party register."]),
    D("raci", "procedure", "Security Roles and Responsibilities (RACI)", ["GOV-04"], date(2026, 2, 2), CEO,
      "governance/security-raci-matrix.md", "2.1", [
          "The CEO is accountable for the ISMS and chairs the security steering committee.",
          "The Head of Information Security is responsible for the security programme, incident response and the risk process.",
          "The Head of Platform Engineering is responsible for AWS account security, network and encryption controls.",
          "People Operations is responsible for screening, onboarding, training records and the disciplinary procedure.",
          "Every control in the control library has exactly one named owner who performs or delegates it and keeps its evidence."]),
    D("objectives", "plan", "Information Security Objectives 2026", ["GOV-05"], date(2026, 1, 26), CEO,
      "plans/information-security-objectives-2026.md", "1.0", [
          "Objective 1: 100% of staff complete awareness training within 30 days of hire and annually (metric: completion rate, target 98%).",
          "Objective 2: critical vulnerabilities fixed within 7 days and high within 30 days (metric: SLA attainment, target 95%).",
          "Objective 3: platform availability of 99.9% per month (metric: SLO attainment).",
          "Objective 4: zero severity-1 incidents caused by access control failures.",
          "Objective 5: complete the ISO 27001 surveillance audit and SOC 2 Type II with no qualified opinion."]),
    D("iaprog", "plan", "Internal Audit Programme 2026", ["GOV-06"], date(2026, 2, 9), CEO,
      "plans/internal-audit-programme-2026.md", "1.0", [
          "The 2026 internal audit covers all clauses 4 to 10 and a risk-based sample of Annex A controls, weighted to access control, change management and supplier management.",
          "The audit is performed by an external ISO 27001 lead auditor who has no operational responsibility at Northwind.",
          "Fieldwork is planned for September 2026, ahead of the external surveillance audit.",
          "Findings are graded major, minor or observation and entered into the corrective action register."]),
    D("mrproc", "procedure", "Management Review Procedure", ["GOV-07"], date(2026, 1, 12), CEO,
      "procedures/management-review-procedure.md", "2.0", [
          "Management review takes place in March and September and is chaired by the CEO.",
          "Inputs: status of previous actions, changes in issues and interested parties, nonconformities and corrective actions, monitoring results, audit results, objectives, interested-party feedback, risk assessment results and improvement opportunities.",
          "Outputs: decisions on continual improvement, changes to the ISMS and resource needs, recorded in the minutes.",
          "Minutes are kept in the governance folder for at least three years."]),
    D("capa", "procedure", "Nonconformity and Corrective Action Procedure", ["GOV-08"], date(2026, 1, 12), CEO,
      "procedures/nonconformity-and-corrective-action-procedure.md", "1.4", [
          "Any person may raise a nonconformity; the GRC Manager logs it in the corrective action register within five business days.",
          "Each nonconformity gets a root-cause analysis, a corrective action with an owner and a due date, and an effectiveness check after closure.",
          "The register is reviewed monthly by the GRC Manager and summarised to the steering committee quarterly."]),
    D("docctl", "procedure", "Document and Records Control Procedure", ["GOV-09"], date(2025, 12, 15), "priya.natarajan@northwind.example",
      "procedures/document-and-records-control-procedure.md", "2.2", [
          "Controlled documents live in the Policies shared drive with a document ID, owner, version, approval and next review date.",
          "Changes are drafted as a new version, reviewed by the owner and approved by the approver named in the register.",
          "Superseded versions are retained read-only for three years.",
          "The GRC Manager reconciles the register against the drive every quarter and chases overdue reviews."]),
    D("oblig", "procedure", "Compliance Obligations and External Contacts Procedure", ["GOV-10", "GOV-12"], date(2026, 2, 20), CEO,
      "procedures/compliance-obligations-and-contacts-procedure.md", "1.2", [
          "Legal maintains the obligations register listing laws, regulations and contractual security commitments with an owner for each.",
          "The register is reviewed in February and August, and whenever a new type of customer contract is signed.",
          "The security team keeps the contact register for the ICO, NCSC, Action Fraud and industry groups and tests the contacts once a year."]),
    D("comms", "policy", "External Communications and Customer Notification Policy", ["GOV-13", "IR-04"], date(2026, 3, 2), CEO,
      "policies/external-communications-policy.md", "1.3", [
          "Only Legal, the CEO and the Head of Information Security may make statements about security matters to customers or regulators.",
          "Sub-processor changes are announced on the trust portal at least 30 days in advance.",
          "Personal data breaches are assessed by Legal; where required the ICO is notified within 72 hours and customers within the contractual deadline.",
          "Planned maintenance is announced on the status page at least five business days ahead."]),
    D("people", "policy", "People Security Policy", ["HR-01", "HR-02", "HR-05"], date(2026, 1, 5), CEO,
      "policies/people-security-policy.md", "3.1", [
          "All candidates pass identity, right-to-work and reference checks; roles with production access also need a basic criminal record check.",
          "No access is granted before the signed contract, including confidentiality and IP clauses, is on file.",
          "Contractors sign a non-disclosure agreement and the supplier's security schedule before starting.",
          "Performance reviews in January and July include a security objective for every engineer and people manager."]),
    D("training", "procedure", "Security Awareness Training Programme", ["HR-03", "HR-09"], date(2026, 1, 14), "priya.natarajan@northwind.example",
      "procedures/security-awareness-training-programme.md", "2.0", [
          "New joiners complete the security induction module within 30 days of their start date.",
          "All staff complete the annual refresher; engineers also complete secure coding training.",
          "A phishing simulation runs every month; staff who click get short follow-up training.",
          "Staff report suspicious emails with the phishing button and other events in the #security-report channel."]),
    D("aup", "policy", "Acceptable Use Policy", ["HR-04", "HR-08"], date(2026, 1, 7), CEO,
      "policies/acceptable-use-policy.md", "5.0", [
          "Company devices and accounts are for business use; limited personal use is allowed if it does not create risk.",
          "Screens lock after five minutes; desks are cleared of confidential papers at the end of the day.",
          "Remote work is allowed on managed, encrypted laptops only, over a password-protected home network or the company VPN.",
          "Customer data must never be copied to personal devices or personal cloud storage."]),
    D("disc", "procedure", "Disciplinary Procedure", ["HR-06"], date(2026, 2, 3), CEO,
      "procedures/disciplinary-procedure.md", "1.1", [
          "Suspected breaches of security policy are investigated by People Operations with the Head of Information Security.",
          "Sanctions are proportionate to the breach, from a recorded conversation to dismissal for gross misconduct.",
          "Records of disciplinary cases are confidential and kept by People Operations."]),
    D("jml", "procedure", "Joiner, Mover and Leaver Procedure", ["HR-07", "IAM-02"], date(2026, 2, 16), "priya.natarajan@northwind.example",
      "procedures/joiner-mover-leaver-procedure.md", "2.3", [
          "Access is requested in Jira using the access request form and approved by the system owner.",
          "Movers have access to their old role removed within five business days.",
          "Leavers are deprovisioned in Okta within one business day of their last day; AWS and GitHub access follow automatically via SCIM.",
          "Laptops are returned within ten business days and wiped before reuse."]),
    D("acp", "policy", "Access Control Policy", ["IAM-01", "IAM-03", "IAM-04"], date(2025, 12, 10), CEO,
      "policies/access-control-policy.md", "4.2", [
          "Access follows least privilege and need to know; shared accounts are not permitted except documented break-glass accounts.",
          "All workforce authentication uses Okta SSO with MFA.",
          "Production access is granted through AWS IAM Identity Center permission sets tied to roles.",
          "Production and business application access is reviewed every quarter by the system owners."]),
    D("uar", "procedure", "User Access Review Procedure", ["IAM-05", "IAM-06"], date(2026, 1, 8), "priya.natarajan@northwind.example",
      "procedures/user-access-review-procedure.md", "1.5", [
          "Reviews start in the first month of each quarter; exports are taken directly from the system so reviewers see complete lists.",
          "Each account is marked keep, modify or remove, with the reviewer and date recorded.",
          "Removals are actioned within five business days and evidence of removal is attached.",
          "Privileged session logs are reviewed monthly by the Head of Platform Engineering."]),
    D("crypto", "standard", "Cryptography and Secrets Management Standard", ["IAM-07", "OPS-07"], date(2026, 2, 23), "priya.natarajan@northwind.example",
      "standards/cryptography-and-secrets-standard.md", "2.0", [
          "Data at rest is encrypted with AES-256 using AWS KMS customer managed keys with annual rotation.",
          "Data in transit uses TLS 1.2 or higher; TLS 1.0 and 1.1 are disabled on every endpoint.",
          "Application secrets are stored in AWS Secrets Manager and rotated at least every 90 days.",
          "Secret scanning runs on every pull request and on the full repository history weekly."]),
    D("scm", "standard", "Source Code Management Standard", ["IAM-08", "CM-01"], date(2026, 1, 20), "hannah.cho@northwind.example",
      "standards/source-code-management-standard.md", "1.3", [
          "All repositories live in the Northwind GitHub organisation, which requires SSO and MFA.",
          "The main branch of every production repository requires one approving review from someone other than the author and passing status checks.",
          "Force pushes and branch deletions on main are blocked for everybody, including administrators."]),
    D("chg", "procedure", "Change Management Procedure", ["CM-01", "CM-06", "RSK-04"], date(2025, 12, 18), CEO,
      "procedures/change-management-procedure.md", "3.0", [
          "Every change to production is made through a pull request, peer reviewed, tested in CI and staging, and deployed by the pipeline.",
          "Emergency changes may be deployed with verbal approval from the on-call lead and must be reviewed within two business days.",
          "Significant changes (new region, new sub-processor, major architecture) need a security impact assessment before approval."]),
    D("sdlc", "policy", "Secure Development Policy", ["CM-02", "CF-06"], date(2026, 3, 9), "priya.natarajan@northwind.example",
      "policies/secure-development-policy.md", "2.0", [
          "Features that change authentication, authorisation, data flows or external interfaces need a security design review.",
          "Threat models use STRIDE and are attached to the epic.",
          "Test environments use synthetic data; production customer data must never be copied to development or staging."]),
    D("coding", "standard", "Secure Coding Standard", ["CM-03"], date(2026, 4, 20), "",
      "standards/secure-coding-standard-v2.0-draft.md", "2.0", [
          "Inputs are validated on the server; output is encoded for its context.",
          "Queries use parameterised statements only.",
          "Static analysis and secret scanning run on every pull request; high findings block the merge.",
          "Cryptography uses the approved libraries listed in the Cryptography Standard only."]),
    D("baseline", "standard", "Infrastructure Configuration Baseline", ["CM-05", "OPS-12", "OPS-06"], date(2026, 2, 10), "priya.natarajan@northwind.example",
      "standards/infrastructure-configuration-baseline.md", "2.4", [
          "All infrastructure is defined in Terraform in the platform-infra repository; console changes are prohibited except break-glass.",
          "The AWS Config conformance pack northwind-baseline evaluates every account daily.",
          "Production workloads run hardened, immutable container images from the internal registry only.",
          "Security groups allow inbound traffic from the load balancers only; SSH is disabled and replaced by SSM Session Manager."]),
    D("vuln", "procedure", "Vulnerability Management Procedure", ["OPS-03", "OPS-04", "CM-07"], date(2026, 1, 29), "priya.natarajan@northwind.example",
      "procedures/vulnerability-management-procedure.md", "2.1", [
          "Production hosts and container images are scanned monthly; dependencies and images are scanned weekly in CI.",
          "Remediation deadlines: critical 7 days, high 30 days, medium 90 days.",
          "An independent penetration test is performed every year and after major architectural changes.",
          "Exceptions need a compensating control and approval from the Head of Information Security."]),
    D("logmon", "policy", "Logging and Monitoring Policy", ["OPS-01", "OPS-02", "OPS-09"], date(2026, 2, 5), "priya.natarajan@northwind.example",
      "policies/logging-and-monitoring-policy.md", "2.0", [
          "CloudTrail is enabled in every account and region and delivered to the log archive account.",
          "Security-relevant logs are retained for 13 months, with write-once storage for the archive.",
          "Detection rules page the on-call security engineer; critical alerts are acknowledged within 15 minutes.",
          "The security team reviews threat intelligence weekly and adjusts detection rules."]),
    D("capacity", "procedure", "Capacity and Availability Management Procedure", ["OPS-08", "AV-02"], date(2026, 1, 21), "tom.achterberg@northwind.example",
      "procedures/capacity-and-availability-procedure.md", "1.2", [
          "SRE reviews CPU, memory, storage and queue depth against the forecast every month.",
          "The platform runs across three availability zones; every service has health checks and autoscaling.",
          "SLO dashboards are reviewed in the weekly SRE meeting; burned error budget freezes feature releases."]),
    D("endpoint", "standard", "Endpoint Security Standard", ["OPS-05", "OPS-11", "CF-03"], date(2026, 1, 13), "priya.natarajan@northwind.example",
      "standards/endpoint-security-standard.md", "1.6", [
          "Company laptops are enrolled in MDM before first login, with full-disk encryption, firewall and automatic updates.",
          "EDR runs on every laptop; DNS filtering blocks known malicious domains.",
          "Devices out of compliance for more than 72 hours lose SSO access.",
          "Google Workspace DLP blocks external sharing of files labelled Confidential or Restricted.",
          "Retired devices are wiped to NIST SP 800-88 or destroyed with a certificate."]),
    D("irp", "plan", "Incident Response Plan", ["IR-01", "IR-02", "IR-03"], date(2026, 1, 7), CEO,
      "plans/incident-response-plan-v3.0.md", "3.0", [
          "Severity 1 to 4 is set by impact on customer data and availability; severity 1 and 2 open an incident channel and page the incident commander.",
          "The incident commander coordinates containment, eradication and recovery; Legal decides on notifications.",
          "Every severity 1 or 2 incident gets a blameless post-incident review within ten business days.",
          "The plan is exercised at least once a year with a tabletop exercise."], sha=True),
    D("irp31", "plan", "Incident Response Plan", ["IR-01", "IR-02", "IR-03"], date(2026, 9, 14), CEO,
      "plans/incident-response-plan-v3.1.md", "3.1", [
          "Severity 1 to 4 is set by impact on customer data and availability; severity 1 and 2 open an incident channel and page the incident commander.",
          "Added after the June 2026 tabletop: a deputy incident commander is named for every severity 1 incident.",
          "Added after the June 2026 tabletop: customer-facing status updates every 60 minutes during severity 1 incidents.",
          "Every severity 1 or 2 incident gets a blameless post-incident review within ten business days."]),
    D("forensic", "procedure", "Forensic Evidence Handling Procedure", ["IR-05"], date(2026, 3, 16), "priya.natarajan@northwind.example",
      "procedures/forensic-evidence-handling-procedure.md", "1.0", [
          "Evidence is copied to the locked evidence bucket with object lock; originals are not modified.",
          "Each item gets a chain-of-custody entry: who collected it, when, from where, and its SHA-256.",
          "Access to the evidence bucket is limited to the incident commander and the Head of Information Security."]),
    D("bcp", "plan", "Business Continuity and Disaster Recovery Plan", ["BCP-01", "BCP-02", "BCP-03"], date(2026, 2, 12), CEO,
      "plans/business-continuity-and-dr-plan.md", "3.2", [
          "Recovery objectives for the Northwind Insights Platform: RTO 4 hours, RPO 1 hour.",
          "Disaster recovery restores the platform into the secondary region (eu-west-1) from cross-region backups and Terraform.",
          "The plan is walked through every year and a full DR test is performed every year.",
          "The business impact analysis is refreshed every year and drives the recovery priorities."]),
    D("backup", "procedure", "Backup and Restore Procedure", ["AV-01"], date(2026, 1, 22), "tom.achterberg@northwind.example",
      "procedures/backup-and-restore-procedure.md", "2.0", [
          "RDS databases use automated snapshots and point-in-time recovery with 35-day retention; snapshots are copied to eu-west-1 daily.",
          "S3 buckets holding customer data use versioning and cross-region replication.",
          "A failed backup job pages the SRE on-call.",
          "A sample restore is performed every quarter and recorded with the measured restore time."]),
    D("dataclass", "policy", "Data Classification and Handling Policy", ["CF-01"], date(2025, 6, 15), CEO,
      "policies/data-classification-policy-v1.3.md", "1.3", [
          "Information is classified Public, Internal, Confidential or Restricted by its owner.",
          "Customer data uploaded to the platform is Restricted.",
          "Restricted data is stored only in production systems and encrypted at rest and in transit.",
          "Documents are labelled in Google Workspace with the classification label."]),
    D("retention", "policy", "Data Retention and Disposal Policy", ["CF-02", "CF-04"], date(2026, 1, 15), CEO,
      "policies/data-retention-and-disposal-policy.md", "2.0", [
          "Customer tenant data is deleted within 30 days after contract end; backups expire within a further 35 days.",
          "Security logs are retained for 13 months; financial records for six years.",
          "Automated S3 lifecycle rules and database jobs enforce retention; Legal reviews the schedule yearly."]),
    D("privacy", "policy", "Privacy and Data Protection Policy", ["CF-07"], date(2026, 2, 26), CEO,
      "policies/privacy-and-data-protection-policy.md", "2.1", [
          "Northwind acts as processor for customer data and as controller for employee and prospect data.",
          "Records of processing activities are kept by Legal and reviewed annually.",
          "A DPIA is performed for new processing likely to result in high risk.",
          "Every customer contract includes the Northwind data processing agreement."]),
    D("asset", "procedure", "Asset Management Procedure", ["CF-05"], date(2026, 3, 23), "priya.natarajan@northwind.example",
      "procedures/asset-management-procedure.md", "1.4", [
          "Cloud resources are inventoried through AWS Config; endpoints through MDM; SaaS applications through the SSO catalogue.",
          "Every asset has an owner; unowned assets found in the monthly reconciliation are assigned within five business days."]),
    D("vendor", "policy", "Vendor Management Policy", ["VEN-01", "VEN-02", "VEN-03"], date(2026, 1, 28), CEO,
      "policies/vendor-management-policy.md", "2.2", [
          "Vendors are tiered by data access; tier 1 vendors process customer data or connect to production.",
          "Tier 1 vendors are assessed before contract and their SOC 2 or ISO 27001 reports reviewed every year.",
          "Contracts with tier 1 vendors include a DPA, a security schedule, breach notification within 48 hours and audit rights."]),
    D("cloud", "standard", "AWS Cloud Security Standard", ["VEN-04"], date(2026, 3, 30), "priya.natarajan@northwind.example",
      "standards/aws-cloud-security-standard.md", "1.1", [
          "The shared-responsibility matrix lists which controls AWS provides and which Northwind operates.",
          "Accounts are created only through AWS Organizations with the baseline service control policies.",
          "The matrix is reviewed every six months and after AWS announces relevant changes."]),
    D("riskmeth", "procedure", "Risk Management Methodology", ["RSK-01", "RSK-02", "RSK-05"], date(2025, 12, 11), CEO,
      "procedures/risk-management-methodology.md", "3.0", [
          "Risks are scored as likelihood (1-5) times impact (1-5); the risk acceptance threshold is 8.",
          "Risks above the threshold need a treatment plan with an owner and a due date, or formal acceptance by the CEO.",
          "The full assessment is repeated every year and after significant changes; treatment progress is reviewed quarterly.",
          "Control health is monitored continuously in the compliance platform."]),
    D("fraud", "procedure", "Fraud Risk Assessment Procedure", ["RSK-03"], date(2026, 3, 4), "oliver.grant@northwind.example",
      "procedures/fraud-risk-assessment-procedure.md", "1.0", [
          "Fraud risk is assessed every year by Finance and Security together.",
          "Scenarios cover payment fraud, expense fraud, insider misuse of customer data and management override of controls.",
          "Results are added to the risk register."]),
    D("office", "standard", "London Office Network Standard", ["PHY-02"], date(2026, 2, 18), "priya.natarajan@northwind.example",
      "standards/london-office-network-standard.md", "1.0", [
          "The guest Wi-Fi is on a separate VLAN with internet access only.",
          "The staff Wi-Fi requires device certificates issued by the MDM.",
          "No network path exists from the office to production; engineers reach AWS only through SSO from managed laptops."]),
]

# --------------------------------------------------------------------------------------------------------------
# Operational evidence series
# --------------------------------------------------------------------------------------------------------------
MONTHS = list(range(1, 12))  # Jan..Nov 2026
MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]


def S(controls, typ, title, source, when, folder, kind, ext, **kw):
    return dict(controls=controls, type=typ, title=title, source=source, when=when, folder=folder, kind=kind, ext=ext,
                **kw)


SERIES = [
    # continuous / daily / weekly: monthly exports, ranges cover the month
    S(["IAM-01"], "configuration", "Okta sign-on and MFA policy snapshot {mon}", "Okta", ("export",), "okta/{ym}",
      "okta", "json"),
    S(["IAM-03", "CM-04"], "configuration", "AWS Organizations, SCP and permission-set snapshot {mon}", "AWS Config",
      ("monthly", 3), "aws-config/{ym}", "awsorg", "json"),
    S(["IAM-08", "CM-01"], "ticket", "Merged pull requests and deployments {mon}", "GitHub", ("export",),
      "change-tickets", "changes", "csv"),
    S(["IAM-09"], "log", "Tenant isolation test runs {mon}", "GitHub Actions", ("export",), "ci-logs/{ym}",
      "isolation", "log"),
    S(["CM-03"], "scan", "Static analysis and secret scanning summary {mon}", "GitHub Advanced Security",
      ("export",), "sast/{ym}", "sast", "csv"),
    S(["CM-05", "OPS-07", "OPS-12"], "configuration", "AWS Config conformance pack history {mon}", "AWS Config",
      ("export", "daily"), "aws-config/{ym}", "conformance", "json"),
    S(["OPS-01"], "log", "Log pipeline and retention status {mon}", "Datadog", ("export",), "logs/{ym}",
      "logpipe", "log"),
    S(["OPS-02"], "report", "Security alert triage summary {mon}", "Datadog", ("export",), "monitoring/{ym}",
      "alerts", "csv"),
    S(["OPS-05"], "report", "MDM and EDR compliance report {mon}", "Jamf / CrowdStrike", ("monthly", 4),
      "endpoints/{ym}", "mdm", "csv"),
    S(["OPS-06"], "configuration", "Security groups and WAF configuration snapshot {mon}", "AWS Config",
      ("monthly", 6), "aws-config/{ym}", "network", "json"),
    S(["OPS-10"], "log", "Upload malware scanning statistics {mon}", "Datadog", ("export",), "logs/{ym}",
      "malware", "log"),
    S(["OPS-11"], "report", "Google Workspace DLP incidents {mon}", "Google Workspace", ("monthly", 5), "dlp",
      "dlp", "csv"),
    S(["RSK-05"], "report", "Continuous control monitoring status {mon}", "Vanta-export", ("monthly", 2),
      "control-monitoring", "ccm", "csv"),
    S(["AV-01"], "log", "Backup job log {mon}", "AWS Backup", ("export", "daily"), "backups/{ym}", "backup", "log"),
    S(["CM-07"], "scan", "Dependency and image scan results {mon}", "Snyk", ("export",), "dependency-scans",
      "deps", "csv"),
    S(["OPS-09"], "review", "Threat intelligence weekly notes {mon}", "Confluence", ("export",), "threat-intel",
      "threat", "md"),
    S(["AV-02"], "review", "Weekly SLO review digest {mon}", "Datadog", ("export",), "availability", "slo", "md"),
    # monthly
    S(["GOV-08"], "review", "Corrective action register review {mon}", "Jira", ("monthly", 12), "governance/capa",
      "capa", "csv"),
    S(["HR-03"], "training", "Security awareness training completion {mon}", "KnowBe4", ("monthly", 7),
      "training", "training", "csv"),
    S(["IAM-06"], "review", "Privileged session review {mon}", "AWS CloudTrail", ("monthly", 8),
      "access-reviews/privileged", "privileged", "csv", extra=[date(2025, 12, 10)]),
    S(["OPS-03"], "scan", "Vulnerability scan summary {mon}", "AWS Inspector", ("monthly", 9, {5, 8}),
      "vuln-scans", "vuln", "csv"),
    S(["OPS-08"], "review", "Capacity review {mon}", "Datadog", ("monthly", 14), "availability/capacity",
      "capacity", "md"),
    S(["CF-05"], "record", "Asset inventory reconciliation {mon}", "AWS Config / Jamf", ("monthly", 16),
      "asset-inventory", "assets", "csv"),
    S(["PHY-02"], "configuration", "London office network configuration check {mon}", "UniFi controller",
      ("monthly", 10), "office-london", "officenet", "json"),
    # quarterly
    S(["GOV-03"], "record", "Security steering committee minutes {q}", "Google Drive", ("dates", [
        date(2026, 1, 22), date(2026, 4, 23), date(2026, 7, 23), date(2026, 10, 22)]), "governance/steering",
      "minutes", "md"),
    S(["GOV-05"], "report", "Security metrics report {q}", "Google Drive", ("dates", [
        date(2026, 1, 20), date(2026, 4, 21), date(2026, 7, 21), date(2026, 10, 20)]), "governance/metrics",
      "metrics", "pdf"),
    S(["GOV-09"], "review", "Document register reconciliation {q}", "Google Drive", ("dates", [
        date(2026, 1, 30), date(2026, 4, 29), date(2026, 7, 30), date(2026, 10, 29)]), "governance/documents",
      "docreg", "csv"),
    S(["IAM-04"], "review", "Production access review {q}", "AWS IAM Identity Center", ("dates", [
        date(2026, 1, 14), date(2026, 4, 15), date(2026, 7, 15), date(2026, 10, 14)]), "access-reviews/{q}",
      "uar_prod", "csv"),
    S(["IAM-05"], "review", "Business application access review {q}", "Okta", ("dates", [
        date(2026, 1, 27), date(2026, 7, 28), date(2026, 10, 27)]), "access-reviews/{q}", "uar_apps", "csv"),
    S(["IAM-07"], "report", "Secrets rotation report {q}", "AWS Secrets Manager", ("dates", [
        date(2026, 1, 19), date(2026, 4, 20), date(2026, 7, 20), date(2026, 10, 19)]), "secrets", "secrets", "json"),
    S(["CF-06"], "scan", "Non-production data scan {q}", "Amazon Macie", ("dates", [
        date(2026, 2, 11), date(2026, 5, 13), date(2026, 8, 12), date(2026, 11, 11)]), "data-scans", "macie", "json"),
    S(["RSK-02"], "review", "Risk treatment plan status {q}", "Vanta-export", ("dates", [
        date(2026, 1, 29), date(2026, 4, 28), date(2026, 7, 29), date(2026, 10, 28)]), "risk", "rtp", "csv"),
    # semiannual
    S(["GOV-07"], "record", "Management review minutes {h}", "Google Drive", ("dates", [
        date(2026, 3, 19), date(2026, 9, 24)]), "governance/management-review", "mreview", "md"),
    S(["GOV-10"], "review", "Obligations register review {h}", "Google Drive", ("dates", [
        date(2026, 2, 24), date(2026, 8, 25)]), "governance/legal", "obligations", "csv"),
    S(["HR-05"], "report", "Performance review cycle completion {h}", "HiBob", ("dates", [
        date(2026, 2, 6), date(2026, 8, 7)]), "hr/performance", "perf", "csv"),
    S(["VEN-04"], "review", "AWS shared-responsibility matrix review {h}", "Google Drive", ("dates", [
        date(2026, 4, 8), date(2026, 10, 7)]), "vendors/aws", "shared", "md"),
    # annual
    S(["GOV-01"], "review", "ISMS context and interested-party review 2026", "Google Drive",
      ("dates", [date(2026, 1, 16)]), "governance", "context", "md"),
    S(["GOV-02"], "attestation", "Information security policy acknowledgement campaign 2026", "Vanta-export",
      ("dates", [date(2026, 2, 13)]), "attestations", "ack", "csv", sha=True, slug="policy-acknowledgements"),
    S(["GOV-04"], "review", "Organisation chart and RACI annual review 2026", "HiBob",
      ("dates", [date(2026, 2, 4)]), "governance", "orgchart", "png"),
    S(["GOV-06"], "report", "ISMS internal audit report 2026", "Google Drive", ("dates", [date(2026, 9, 18)]),
      "audits", "iareport", "pdf", sha=True),
    S(["GOV-11"], "record", "Approved security plan and budget 2026", "Google Drive", ("dates", [date(2026, 1, 29)]),
      "governance", "budget", "pdf"),
    S(["GOV-12"], "review", "Authorities and special interest group contacts review 2026", "Google Drive",
      ("dates", [date(2026, 4, 9)]), "governance", "contacts", "csv"),
    S(["HR-04"], "attestation", "Code of conduct and acceptable use acknowledgements 2026", "Vanta-export",
      ("dates", [date(2026, 2, 13)]), "attestations", "ack", "csv", slug="code-of-conduct-aup-acknowledgements"),
    S(["HR-08"], "attestation", "Remote working attestations 2026", "Vanta-export", ("dates", [date(2026, 3, 13)]),
      "attestations", "ack", "csv", slug="remote-working-attestations"),
    S(["OPS-04"], "report", "External penetration test report 2026", "Google Drive", ("dates", [date(2026, 5, 22)]),
      "reports/pentest", "pentest", "pdf", sha=True),
    S(["OPS-04"], "report", "Penetration test retest letter 2026", "Google Drive", ("dates", [date(2026, 7, 3)]),
      "reports/pentest", "retest", "pdf"),
    S(["IR-01"], "report", "Incident response tabletop exercise report 2026", "Google Drive",
      ("dates", [date(2026, 6, 11)]), "incidents/tabletop", "tabletop", "md"),
    S(["BCP-01"], "review", "BC/DR plan walkthrough 2026", "Google Drive", ("dates", [date(2026, 4, 16)]),
      "bcp", "walkthrough", "md"),
    S(["BCP-02"], "report", "Disaster recovery test report 2026", "Google Drive", ("dates", [date(2026, 5, 7)]),
      "bcp", "drtest", "pdf", sha=True),
    S(["BCP-03"], "review", "Business impact analysis 2026", "Google Drive", ("dates", [date(2026, 3, 12)]),
      "bcp", "bia", "csv"),
    S(["CF-01"], "review", "Data inventory review 2026", "Google Drive", ("dates", [date(2026, 4, 22)]),
      "data-inventory", "datainv", "csv"),
    S(["CF-04"], "review", "Retention schedule and lifecycle rule review 2026", "AWS Config",
      ("dates", [date(2026, 6, 24)]), "data-inventory", "retention", "json"),
    S(["CF-07"], "review", "Records of processing review 2026", "Google Drive", ("dates", [date(2026, 6, 17)]),
      "privacy", "ropa", "csv"),
    S(["VEN-02"], "review", "Critical vendor assurance report review 2026", "Google Drive",
      ("dates", [date(2026, 3, 25)]), "vendors", "vendorsoc", "csv"),
    S(["RSK-01"], "report", "Information security risk assessment 2026", "Vanta-export",
      ("dates", [date(2026, 2, 18)]), "risk", "riskreg", "csv", sha=True),
    S(["RSK-03"], "review", "Fraud risk assessment 2026", "Google Drive", ("dates", [date(2026, 3, 10)]),
      "risk", "fraud", "md"),
    S(["GOV-02"], "screenshot", "Intranet page publishing the information security policy", "Google Sites",
      ("dates", [date(2026, 1, 9)]), "screenshots", "shot", "png", slug="intranet-security-policy-page"),
    S(["IAM-01"], "screenshot", "Okta global session policy (MFA required)", "Okta",
      ("dates", [date(2026, 3, 4), date(2026, 9, 2)]), "screenshots", "shot", "png", slug="okta-session-policy"),
    S(["IAM-08"], "screenshot", "GitHub branch protection rule on main", "GitHub",
      ("dates", [date(2026, 2, 10), date(2026, 8, 11)]), "screenshots", "shot", "png", slug="github-branch-protection"),
    S(["OPS-06"], "screenshot", "AWS WAF web ACL managed rule groups", "AWS console",
      ("dates", [date(2026, 4, 7)]), "screenshots", "shot", "png", slug="aws-waf-web-acl"),
]

# event series: (controls, type, title, source, dates, folder, kind, ext, nofile-every-n)
EVENTS = [
    (["HR-01", "HR-02"], "record", "New hire screening and signed contract", "HiBob",
     [date(2026, 1, 12), date(2026, 2, 2), date(2026, 3, 9), date(2026, 4, 13), date(2026, 5, 11),
      date(2026, 6, 15), date(2026, 7, 13), date(2026, 9, 7), date(2026, 10, 5), date(2026, 11, 2)],
     "hr/onboarding", "hire", "md", 3),
    (["HR-07"], "ticket", "Leaver checklist", "Jira",
     [date(2026, 1, 30), date(2026, 3, 20), date(2026, 5, 29), date(2026, 7, 31), date(2026, 9, 30),
      date(2026, 11, 13)], "hr/offboarding", "leaver", "json", 2),
    (["IAM-02"], "ticket", "Access request", "Jira",
     [date(2026, 1, 15), date(2026, 2, 19), date(2026, 3, 26), date(2026, 5, 6), date(2026, 6, 18),
      date(2026, 8, 20), date(2026, 9, 17), date(2026, 10, 15), date(2026, 11, 19)], "access-requests", "accreq",
     "json", 2),
    (["HR-09"], "ticket", "Staff-reported security event", "Jira",
     [date(2026, 2, 12), date(2026, 4, 2), date(2026, 6, 25), date(2026, 9, 10), date(2026, 11, 5)],
     "incidents/reports", "report", "json", 0),
    (["CM-02"], "ticket", "Security design review", "Jira",
     [date(2026, 2, 25), date(2026, 5, 20), date(2026, 8, 26), date(2026, 10, 21)], "design-reviews", "design",
     "md", 0),
    (["CM-06"], "ticket", "Emergency change with retrospective approval", "Jira",
     [date(2026, 3, 17), date(2026, 8, 4)], "change-tickets/emergency", "emergency", "json", 0),
    (["IR-02"], "ticket", "Security incident", "Jira",
     [date(2026, 2, 24), date(2026, 5, 14), date(2026, 8, 18), date(2026, 10, 8)], "incidents", "incident", "json",
     0),
    (["IR-03"], "report", "Post-incident review", "Confluence", [date(2026, 3, 5), date(2026, 8, 28)],
     "incidents/pir", "pir", "md", 0),
    (["IR-04"], "record", "Breach notification decision", "Google Drive", [date(2026, 3, 3)],
     "incidents/notifications", "notify", "md", 0),
    (["IR-05"], "record", "Chain-of-custody record", "Google Drive", [date(2026, 2, 25), date(2026, 8, 19)],
     "incidents/custody", "custody", "csv", 0),
    (["GOV-13"], "record", "Customer notice", "Trust portal", [date(2026, 2, 27), date(2026, 6, 5),
                                                              date(2026, 9, 29)], "customer-notices", "notice",
     "md", 0),
    (["RSK-04"], "review", "Security impact assessment", "Google Drive",
     [date(2026, 3, 11), date(2026, 6, 10), date(2026, 9, 16)], "risk/impact", "impact", "md", 0),
    (["CF-02"], "ticket", "Customer tenant deletion", "Jira",
     [date(2026, 1, 21), date(2026, 4, 1), date(2026, 6, 3), date(2026, 8, 12), date(2026, 10, 14)],
     "deletions", "deletion", "json", 2),
    (["CF-03"], "record", "Device disposal certificate", "Vendor portal",
     [date(2026, 2, 17), date(2026, 6, 23), date(2026, 10, 20)], "disposal", "disposal", "pdf", 0),
    (["VEN-01"], "review", "Vendor security assessment", "Vanta-export",
     [date(2026, 1, 23), date(2026, 4, 24), date(2026, 7, 10), date(2026, 10, 2)], "vendors/assessments",
     "vendorassess", "md", 0),
    (["VEN-03"], "record", "Signed DPA and security schedule", "DocuSign",
     [date(2026, 1, 26), date(2026, 4, 27), date(2026, 7, 14), date(2026, 10, 6)], "vendors/contracts",
     "dpa", "pdf", 0),
]

# --------------------------------------------------------------------------------------------------------------
# People (invented)
# --------------------------------------------------------------------------------------------------------------
FIRST = ["Aisha", "Ben", "Chloe", "Dev", "Elena", "Farid", "Georgia", "Harry", "Isla", "Jonah", "Kiran", "Lena",
         "Mateo", "Nadia", "Owen", "Pooja", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Will", "Xin", "Yusuf",
         "Zara", "Alfie", "Bea", "Callum", "Daisy", "Ethan", "Freya", "Gabriel", "Hana", "Ivan", "Jess"]
LAST = ["Adeyemi", "Brooks", "Chen", "Dawson", "Evans", "Fischer", "Gupta", "Hughes", "Iqbal", "Jensen", "Kowalski",
        "Lopez", "Murphy", "Nowak", "O'Brien", "Patel", "Quinlan", "Rossi", "Singh", "Taylor", "Usman", "Varga",
        "Walsh", "Yilmaz", "Zhang", "Kaur", "Moreau", "Novak", "Price", "Shah"]
DEPTS = ["Engineering", "Engineering", "Engineering", "Data Science", "Customer Success", "Sales", "Marketing",
         "Finance", "People", "Security", "IT", "Product", "Legal"]


def build_staff(rng):
    staff, seen = [], set()
    while len(staff) < 180:
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = "{}.{}@{}".format(first.lower(), last.lower().replace("'", ""), DOMAIN)
        if email in seen:
            continue
        seen.add(email)
        staff.append(dict(id="E{:04d}".format(1000 + len(staff)), name=first + " " + last, email=email,
                          dept=rng.choice(DEPTS)))
    return staff


# --------------------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------------------
def biz(d):
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def month_end(y, m):
    return (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1))


def quarter_label(d):
    return "{}-Q{}".format(d.year, (d.month - 1) // 3 + 1)


def half_label(d):
    return "{}-H{}".format(d.year, 1 if d.month <= 6 else 2)


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def ts(d, rng, hour_lo=7, hour_hi=19):
    return "{}T{:02d}:{:02d}:{:02d}Z".format(d.isoformat(), rng.randint(hour_lo, hour_hi), rng.randint(0, 59),
                                             rng.randint(0, 59))


def png_bytes(rng, caption, width=240, height=120):
    """A small valid RGB PNG: a window-like mock with title bar, text lines and a noisy chart area."""
    rows = []
    bars = [rng.randint(20, 90) for _ in range(12)]
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 14:
                px = (36, 52, 71)
            elif 20 <= y < 60 and 10 <= x < 230 and (y - 20) % 8 < 3 and x < 40 + ((y * 37 + x // 50) % 180):
                px = (120, 130, 140)
            elif y >= 64 and 10 <= x < 230:
                col = (x - 10) // 18
                h = bars[min(col, 11)]
                px = (46, 134, 193) if (118 - y) < h * 54 // 100 and (x - 10) % 18 < 13 else (250, 250, 250)
                if rng.random() < 0.02:
                    px = (235, 235, 235)
            else:
                px = (255, 255, 255)
            row.extend(px)
        rows.append(bytes(row))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    text = b"Description\x00" + caption.encode("latin-1", "replace")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"tEXt", text)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def pdf_bytes(title, lines):
    """A minimal valid one-page PDF (Helvetica text), with a correct cross-reference table."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    text = ["BT", "/F1 15 Tf", "50 790 Td", "({}) Tj".format(esc(title)), "/F1 10 Tf", "0 -26 Td"]
    for line in lines:
        text.append("({}) Tj".format(esc(line)))
        text.append("0 -14 Td")
    text.append("ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (Northwind document export) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------------------------------------------
# File content builders (one per evidence kind); each returns str or bytes
# --------------------------------------------------------------------------------------------------------------
ACCOUNT = "418265093317"
APPS = ["Google Workspace", "GitHub", "Datadog", "Stripe dashboard", "Zendesk", "HiBob"]
ENG = ["aisha.adeyemi", "ben.brooks", "chloe.chen", "dev.patel", "elena.rossi", "farid.iqbal", "georgia.walsh",
       "harry.evans", "isla.murphy", "jonah.jensen", "kiran.singh", "lena.fischer", "mateo.lopez", "nadia.nowak"]
SERVICES = ["ingest-api", "query-engine", "dashboard-web", "export-worker", "auth-gateway", "billing-sync",
            "scheduler", "notebook-svc"]


def person(rng):
    return "{}@{}".format(rng.choice(ENG), DOMAIN)


def md_record(ctx, heading, fields, sections):
    out = ["# {}".format(heading), "", "| Field | Value |", "| --- | --- |"]
    out += ["| {} | {} |".format(k, v) for k, v in fields]
    for title, body in sections:
        out += ["", "## " + title, ""]
        out += body if isinstance(body, list) else [body]
    out += ["", "_{} - {} - internal_".format(ORG, SYSTEM), ""]
    return "\n".join(out)


def k_okta(c):
    r = c["rng"]
    enrolled = 180 - r.randint(0, 2)
    return json.dumps({
        "exportedAt": ts(c["d"], r), "org": "northwind.okta.com", "period": [c["cf"].isoformat(), c["ct"].isoformat()],
        "signOnPolicies": [
            {"name": "Workforce - MFA everywhere", "status": "ACTIVE", "priority": 1,
             "conditions": {"people": {"groups": ["Everyone"]}},
             "actions": {"requireFactor": True, "factorPromptMode": "ALWAYS", "sessionLifetimeMinutes": 720}},
            {"name": "Production admins - step-up", "status": "ACTIVE", "priority": 0,
             "conditions": {"people": {"groups": ["aws-prod-admin", "break-glass"]}},
             "actions": {"requireFactor": True, "factorPromptMode": "ALWAYS", "sessionLifetimeMinutes": 60}}],
        "authenticators": {"okta_verify_push": "REQUIRED", "webauthn": "OPTIONAL", "sms": "DISABLED",
                           "password": {"minLength": 14, "historyCount": 12}},
        "users": {"active": 180, "mfaEnrolled": enrolled, "pendingEnrolment": 180 - enrolled,
                  "suspendedLastMonth": r.randint(0, 4)},
        "failedMfaChallenges": r.randint(12, 70),
    }, indent=2) + "\n"


def k_awsorg(c):
    r = c["rng"]
    accounts = [("northwind-management", "Root"), ("northwind-log-archive", "Security"),
                ("northwind-security", "Security"), ("northwind-prod", "Workloads/Prod"),
                ("northwind-staging", "Workloads/NonProd"), ("northwind-dev", "Workloads/NonProd"),
                ("northwind-dr", "Workloads/Prod")]
    return json.dumps({
        "configurationItemCaptureTime": ts(c["d"], r), "resourceType": "AWS::Organizations::Organization",
        "awsRegion": "eu-west-2",
        "accounts": [{"name": n, "id": "4182{:08d}".format(r.randint(0, 99999999)), "ou": ou} for n, ou in accounts],
        "serviceControlPolicies": [
            {"name": "deny-root-user", "attachedTo": ["Workloads", "Security"]},
            {"name": "deny-leave-organization", "attachedTo": ["Root"]},
            {"name": "region-restriction-eu", "attachedTo": ["Workloads"]},
            {"name": "deny-prod-data-copy-to-nonprod", "attachedTo": ["Workloads/NonProd"]}],
        "permissionSets": [
            {"name": "ReadOnly", "sessionDuration": "PT8H", "assignedGroups": ["engineering"]},
            {"name": "Deployer", "sessionDuration": "PT4H", "assignedGroups": ["platform-engineering"]},
            {"name": "ProdAdmin", "sessionDuration": "PT1H", "assignedGroups": ["platform-oncall"],
             "members": r.randint(4, 6)},
            {"name": "BreakGlass", "sessionDuration": "PT1H", "assignedGroups": ["break-glass"], "members": 2}],
    }, indent=2) + "\n"


def k_changes(c):
    r = c["rng"]
    rows = []
    for i in range(r.randint(18, 34)):
        d = c["cf"] + timedelta(days=r.randint(0, (c["ct"] - c["cf"]).days))
        author = person(r)
        reviewer = person(r)
        while reviewer == author:
            reviewer = person(r)
        repo = r.choice(SERVICES + ["platform-infra"])
        rows.append(["{}#{}".format(repo, r.randint(1200, 4800)), "PLAT-{}".format(r.randint(2100, 3900)),
                     r.choice(["feat", "fix", "chore", "deps", "infra"]), author, reviewer, ts(d, r, 8, 12),
                     ts(d, r, 13, 16), ts(d, r, 16, 18), "passed", r.choice(["low", "low", "medium"])])
    rows.sort(key=lambda x: x[6])
    return csv_text(["pull_request", "jira", "type", "author", "approver", "approved_at", "merged_at", "deployed_at",
                     "ci_status", "risk"], rows)


def k_isolation(c):
    r = c["rng"]
    lines = ["# tenant-isolation suite, workflow ci.yml job isolation-tests, {}..{}".format(c["cf"], c["ct"])]
    d = c["cf"]
    while d <= c["ct"]:
        if d.weekday() < 5:
            runs = r.randint(3, 9)
            lines.append("{} runs={} tests=142 passed={} failed=0 cross_tenant_reads_blocked=142 duration_p50={}s"
                         .format(ts(d, r), runs, 142 * runs, r.randint(61, 95)))
        d += timedelta(days=1)
    return "\n".join(lines) + "\n"


def k_sast(c):
    r = c["rng"]
    rows = []
    for repo in SERVICES:
        hi = r.choice([0, 0, 0, 1])
        rows.append([repo, r.randint(20, 90), 0, hi, r.randint(0, 6), r.randint(0, 3), 0,
                     "blocked-then-fixed" if hi else "clean"])
    return csv_text(["repository", "pull_requests_scanned", "critical", "high", "medium", "secrets_detected_in_pr",
                     "secrets_merged", "outcome"], rows)


RULES_BASELINE = ["s3-bucket-public-read-prohibited", "s3-bucket-server-side-encryption-enabled",
                  "rds-storage-encrypted", "ebs-encrypted-volumes", "cloudtrail-enabled", "restricted-ssh",
                  "iam-root-access-key-check", "ecs-task-definition-nonroot-user", "ecr-private-image-scanning-enabled",
                  "elb-tls-https-listeners-only", "kms-cmk-not-scheduled-for-deletion", "ec2-imdsv2-check"]


def k_conformance(c):
    r = c["rng"]
    days = (c["ct"] - c["cf"]).days + 1
    evals = []
    for rule in RULES_BASELINE:
        nc = r.choice([0, 0, 0, 0, 1, 2])
        evals.append({"configRuleName": rule, "evaluationsRun": days, "resourcesEvaluated": r.randint(12, 260),
                      "nonCompliantEvents": nc, "driftTickets": ["PLAT-{}".format(r.randint(2100, 3900))
                                                                 for _ in range(nc)],
                      "complianceAtExport": "COMPLIANT"})
    return json.dumps({"conformancePackName": "northwind-baseline", "accountId": ACCOUNT, "awsRegion": "eu-west-2",
                       "historyFrom": c["cf"].isoformat(), "historyTo": c["ct"].isoformat(),
                       "exportedAt": ts(c["d"], r), "evaluationFrequency": "TwentyFour_Hours",
                       "ruleEvaluations": evals}, indent=2) + "\n"


def k_logpipe(c):
    r = c["rng"]
    lines = []
    d = c["cf"]
    while d <= c["ct"]:
        for src in ["cloudtrail", "vpc-flow", "app"]:
            lines.append("{} source={} shipped_gb={:.2f} dropped=0 archive=s3://nw-log-archive/{}/ object_lock=COMPLIANCE"
                         " retention_days=395".format(ts(d, r, 0, 1), src, r.uniform(0.2, 9.5), src))
        d += timedelta(days=3)
    lines.append("{} ntp_source=169.254.169.123 max_clock_skew_ms={}".format(ts(c["ct"], r), r.randint(1, 9)))
    return "\n".join(lines) + "\n"


def k_alerts(c):
    r = c["rng"]
    rows = []
    for i in range(r.randint(8, 22)):
        d = c["cf"] + timedelta(days=r.randint(0, (c["ct"] - c["cf"]).days))
        sev = r.choice(["low", "low", "medium", "medium", "high"])
        rows.append(["ALRT-{}{:03d}".format(c["cf"].strftime("%y%m"), i + 1), ts(d, r),
                     r.choice(["GuardDuty", "Security Hub", "Datadog CSM", "Okta ThreatInsight"]),
                     r.choice(["UnauthorizedAccess:IAMUser/ConsoleLogin", "Recon:EC2/PortProbeUnprotectedPort",
                               "Impossible travel sign-in", "S3 bucket policy changed", "Root credential use",
                               "Suspicious API call volume"]), sev, r.randint(2, 14),
                     r.choice(["false positive", "benign - expected", "true positive - contained"]), person(r)])
    rows.sort(key=lambda x: x[1])
    return csv_text(["alert_id", "raised_at", "source", "rule", "severity", "minutes_to_ack", "outcome", "triaged_by"],
                    rows)


def k_mdm(c):
    r = c["rng"]
    rows = []
    for s in c["staff"][:120]:
        ok = r.random() > 0.03
        rows.append([s["email"], "NW-LT-{}".format(s["id"][1:]), r.choice(["macOS 15.5", "macOS 15.6", "macOS 26.1"]),
                     "yes", "yes", "yes" if ok else "no", "compliant" if ok else "grace period (SSO blocked at 72h)"])
    return csv_text(["user", "device", "os", "filevault", "edr_running", "os_patched", "status"], rows)


def k_network(c):
    r = c["rng"]
    return json.dumps({
        "capturedAt": ts(c["d"], r), "accountId": ACCOUNT, "awsRegion": "eu-west-2",
        "securityGroups": [
            {"groupName": "alb-public", "ingress": [{"port": 443, "cidr": "0.0.0.0/0"}]},
            {"groupName": "app-tier", "ingress": [{"port": 8443, "source": "alb-public"}]},
            {"groupName": "data-tier", "ingress": [{"port": 5432, "source": "app-tier"}]}],
        "openSshOrRdp": 0,
        "wafWebAcl": {"name": "nw-prod-edge", "defaultAction": "ALLOW",
                      "ruleGroups": ["AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                                     "AWSManagedRulesSQLiRuleSet", "rate-limit-2000-per-5min"],
                      "blockedRequestsLast30d": r.randint(12000, 90000)},
        "loadBalancerTlsPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
    }, indent=2) + "\n"


def k_malware(c):
    r = c["rng"]
    lines = []
    d = c["cf"]
    while d <= c["ct"]:
        n = r.randint(2500, 9000)
        q = r.choice([0, 0, 0, 1])
        lines.append("{} upload-scanner files_scanned={} clean={} quarantined={} engine=clamav sigs={}".format(
            ts(d, r, 23, 23), n, n - q, q, d.strftime("%Y%m%d")))
        d += timedelta(days=1)
    return "\n".join(lines) + "\n"


def k_dlp(c):
    r = c["rng"]
    rows = [["DLP-{}-{:02d}".format(c["d"].strftime("%y%m"), i + 1), ts(c["d"] - timedelta(days=r.randint(1, 25)), r),
             r.choice(["Share Restricted file externally", "Confidential label to personal Gmail",
                       "Customer export to external drive"]), r.choice(["Confidential", "Restricted"]),
             r.choice(["gmail.com", "outlook.com", "external shared drive", "partner domain"]), "blocked", person(r),
             r.choice(["user education", "false positive", "policy tuned"])] for i in range(r.randint(3, 8))]
    return csv_text(["incident", "detected_at", "rule", "label", "destination", "action", "user", "resolution"], rows)


def k_ccm(c):
    r = c["rng"]
    tests = ["MFA enforced on IdP", "Laptops encrypted", "CloudTrail enabled", "Backups configured",
             "Vulnerabilities fixed within SLA", "Offboarding within SLA", "Policies accepted", "Security training",
             "Vendor reviews current", "Access reviews completed"]
    rows = []
    for t in tests:
        fail = r.random() < 0.12
        rows.append([t, "failing" if fail else "passing", r.choice(list(OWNERS.values())[:9]),
                     "ticket assigned" if fail else ""])
    return csv_text(["test", "status", "owner", "action"], rows)


def k_backup(c):
    r = c["rng"]
    lines = []
    d = c["cf"]
    while d <= c["ct"]:
        for res in ["rds:nw-prod-core", "rds:nw-prod-metrics", "s3:nw-prod-uploads"]:
            lines.append("{} job=daily-{} resource={} status=COMPLETED size_gb={:.1f} copied_to=eu-west-1".format(
                ts(d, r, 1, 3), d.strftime("%Y%m%d"), res, r.uniform(40, 480)))
        d += timedelta(days=1)
    return "\n".join(lines) + "\n"


def k_deps(c):
    r = c["rng"]
    rows = []
    week = c["cf"]
    while week <= c["ct"]:
        for repo in r.sample(SERVICES, 4):
            rows.append([week.isoformat(), repo, r.randint(0, 1), r.randint(0, 4), r.randint(2, 15),
                         r.choice(["all within SLA", "all within SLA", "1 high pending (due in SLA)"])])
        week += timedelta(days=7)
    return csv_text(["scan_week_of", "project", "critical", "high", "medium", "sla_status"], rows)


def weekly_md(c, heading, items):
    r = c["rng"]
    out = ["# {}".format(heading), "", "Period: {} to {}".format(c["cf"], c["ct"]), ""]
    week = c["cf"]
    while week <= c["ct"]:
        out += ["## Week of {}".format(week), "", "- Reviewed by: {}".format(person(r))]
        out += ["- " + x for x in r.sample(items, 2)]
        out.append("")
        week += timedelta(days=7)
    return "\n".join(out)


def k_threat(c):
    return weekly_md(c, c["title"], [
        "NCSC advisory on edge-device exploitation reviewed: no affected assets.",
        "New credential-stuffing wave against SaaS logins: Okta ThreatInsight already blocking.",
        "Critical CVE in a logging library: not in our dependency tree (Snyk confirmed).",
        "Phishing kit impersonating our SSO page: takedown requested, detection rule added.",
        "AWS security bulletin reviewed: no action needed.",
        "Ransomware group targeting analytics vendors: shared IOCs loaded into Datadog."])


def k_slo(c):
    return weekly_md(c, c["title"], [
        "API availability 99.97% (SLO 99.9%); error budget healthy.",
        "Dashboard p95 latency 820 ms (SLO 1000 ms).",
        "One AZ health-check failover during AWS maintenance, no customer impact.",
        "Ingest queue depth peaked at 38% of alarm threshold.",
        "Error budget 71% remaining for the month.",
        "No SLO breaches this week."])


def k_capa(c):
    r = c["rng"]
    rows = []
    for i in range(r.randint(4, 9)):
        opened = date(2026, 1, 5) + timedelta(days=r.randint(0, max(1, (c["d"] - date(2026, 1, 5)).days)))
        closed = r.random() < 0.6
        rows.append(["CAPA-{:03d}".format(r.randint(10, 99)), opened.isoformat(),
                     r.choice(["internal audit", "incident PIR", "control monitoring", "customer audit"]),
                     r.choice(["minor", "observation", "minor", "major"]), r.choice(list(OWNERS.values())[:9]),
                     "closed" if closed else "open", "effective" if closed else "in progress"])
    return csv_text(["id", "opened", "source", "grade", "owner", "status", "effectiveness_check"], rows)


def k_training(c):
    r = c["rng"]
    rows = []
    for s in r.sample(c["staff"], 40):
        done = r.random() > 0.05
        rows.append([s["id"], s["name"], s["dept"], r.choice(["Security induction", "Annual refresher 2026",
                                                              "Phishing follow-up"]),
                     (c["d"] - timedelta(days=r.randint(5, 40))).isoformat(),
                     (c["d"] - timedelta(days=r.randint(0, 4))).isoformat() if done else "", "complete" if done
                     else "overdue - chased"])
    return csv_text(["employee_id", "name", "department", "course", "assigned_on", "completed_on", "status"], rows)


def k_privileged(c):
    r = c["rng"]
    rows = []
    for i in range(r.randint(3, 10)):
        d = c["d"] - timedelta(days=r.randint(3, 30))
        rows.append([ts(d, r), person(r), r.choice(["ProdAdmin", "ProdAdmin", "BreakGlass"]),
                     r.randint(8, 55), "PLAT-{}".format(r.randint(2100, 3900)),
                     r.choice(["incident response", "database migration", "certificate rotation", "on-call fix"]),
                     "appropriate", "tom.achterberg@{}".format(DOMAIN)])
    return csv_text(["session_start", "user", "role", "minutes", "ticket", "justification", "decision", "reviewer"],
                    rows)


def k_vuln(c):
    r = c["rng"]
    rows = []
    for i in range(r.randint(10, 24)):
        sev = r.choice(["critical", "high", "high", "medium", "medium", "medium", "low"])
        first = c["d"] - timedelta(days=r.randint(0, 40))
        fixed = r.random() < 0.7
        rows.append(["VULN-{}-{:03d}".format(c["d"].strftime("%y%m"), i + 1), r.choice(SERVICES), sev,
                     "CVE-2026-{:05d}".format(r.randint(1000, 48000)), first.isoformat(),
                     (first + timedelta(days={"critical": 7, "high": 30}.get(sev, 90))).isoformat(),
                     "fixed" if fixed else "open (in SLA)", ""])
    return csv_text(["finding", "asset", "severity", "cve", "first_seen", "sla_due", "status", "exception"], rows)


def k_capacity(c):
    r = c["rng"]
    return md_record(c, c["title"], [("Date", c["d"]), ("Reviewed by", "marcus.bell@" + DOMAIN),
                                     ("Attendees", "SRE team")], [
        ("Utilisation", ["| Resource | Peak | Threshold | Forecast 90d |", "| --- | --- | --- | --- |"] + [
            "| {} | {}% | 75% | {}% |".format(x, r.randint(31, 68), r.randint(40, 74)) for x in
            ["ECS cluster CPU", "ECS cluster memory", "RDS core CPU", "RDS core storage", "Ingest queue depth"]]),
        ("Actions", ["- " + r.choice(["No action needed.", "Raise RDS storage autoscaling ceiling (PLAT ticket raised).",
                                       "Add one ingest worker ahead of customer onboarding."])])])


def k_assets(c):
    r = c["rng"]
    rows = []
    for t, src, lo, hi in [("EC2/ECS tasks", "AWS Config", 180, 260), ("RDS instances", "AWS Config", 6, 6),
                           ("S3 buckets", "AWS Config", 42, 48), ("KMS keys", "AWS Config", 9, 11),
                           ("Laptops", "Jamf", 178, 186), ("Mobile devices", "Jamf", 22, 26),
                           ("SaaS applications", "Okta catalogue", 31, 34)]:
        unowned = r.choice([0, 0, 0, 1, 2])
        rows.append([t, src, r.randint(lo, hi), r.randint(0, 6), r.randint(0, 4), unowned,
                     "owners assigned" if unowned else "none needed", "daniel.reyes@" + DOMAIN, c["d"].isoformat()])
    return csv_text(["asset_class", "source", "count", "added", "retired", "unowned_found", "resolution",
                     "reconciled_by", "reconciled_on"], rows)


def k_officenet(c):
    r = c["rng"]
    return json.dumps({"site": "London, 3rd floor", "checkedAt": ts(c["d"], r), "checkedBy": "daniel.reyes@" + DOMAIN,
                       "networks": [{"ssid": "NW-Staff", "vlan": 20, "auth": "EAP-TLS (MDM certificates)"},
                                    {"ssid": "NW-Guest", "vlan": 99, "auth": "WPA3-Personal", "clientIsolation": True,
                                     "routesTo": ["internet"]}],
                       "firewallRules": {"guestToStaff": "deny", "officeToAwsProd": "no route"},
                       "firmwareUpToDate": True, "rogueApsDetected": r.choice([0, 0, 1])}, indent=2) + "\n"


def k_minutes(c):
    r = c["rng"]
    return md_record(c, c["title"], [("Date", c["d"]), ("Chair", CEO), ("Present",
                     "Head of Information Security, Head of Platform Engineering, VP Engineering, GRC Manager, "
                     "non-executive director")], [
        ("Agenda", ["1. Security metrics and objectives", "2. Risk register movements", "3. Incidents since last meeting",
                    "4. Audit and certification status", "5. Decisions needed"]),
        ("Decisions", ["- " + x for x in r.sample([
            "Approved the risk acceptance for legacy export endpoint until Q3.",
            "Approved budget for hardware security keys for administrators (IAM-10).",
            "Agreed to add the London office physical access control to the 2027 plan.",
            "Noted the SOC 2 Type II period is on track.",
            "Asked Engineering to close overdue high vulnerabilities before next meeting."], 3)]),
        ("Actions", ["- Owner: {} - due {}".format(person(r), c["d"] + timedelta(days=30))])])


def k_metrics(c):
    r = c["rng"]
    return pdf_bytes(c["title"], [
        "{} - {}".format(ORG, SYSTEM), "Prepared {} by the GRC Manager".format(c["d"]), "",
        "Training completion: {}% (target 98%)".format(r.randint(95, 100)),
        "Critical vulns fixed within SLA: {}%".format(r.randint(90, 100)),
        "Platform availability: 99.9{}%".format(r.randint(5, 9)),
        "Access reviews completed on time: {}/{}".format(r.randint(1, 2), 2),
        "Open corrective actions: {}".format(r.randint(2, 9)),
        "Severity 1 incidents: 0"])


def k_docreg(c):
    rows = [["NW-DOC-{:03d}".format(i + 1), d["title"], d["version"], d["approver"] or "(pending)",
             d["when"].isoformat(), (d["when"] + timedelta(days=365)).isoformat(),
             "overdue" if d["when"] < c["d"] - timedelta(days=365) else "current"]
            for i, d in enumerate(DOCS) if d["when"] <= c["d"]]
    return csv_text(["doc_id", "title", "version", "approver", "approved_on", "next_review", "review_status"], rows)


def k_uar(c, systems, n):
    r = c["rng"]
    rows = []
    for s in r.sample(c["staff"], n):
        system = r.choice(systems)
        decision = r.choices(["keep", "modify", "remove"], [88, 5, 7])[0]
        rows.append([s["email"], system, r.choice(["read-only", "member", "deployer", "admin"]),
                     (c["d"] - timedelta(days=r.randint(0, 60))).isoformat(), decision,
                     r.choice(list(OWNERS.values())[:9]), c["d"].isoformat(),
                     "removed {}".format(c["d"] + timedelta(days=r.randint(1, 5))) if decision != "keep" else ""])
    return csv_text(["user", "system", "role", "last_login", "decision", "reviewer", "reviewed_on", "action_taken"],
                    rows)


def k_secrets(c):
    r = c["rng"]
    return json.dumps({"generatedAt": ts(c["d"], r), "region": "eu-west-2", "secretsTotal": r.randint(84, 110),
                       "rotationEnabled": "100%", "olderThan90Days": 0,
                       "secretScanning": {"repositories": 41, "alertsOpen": 0, "alertsClosedThisQuarter": r.randint(0, 4)},
                       "kmsKeys": [{"alias": a, "rotation": "annual", "enabled": True} for a in
                                   ["alias/nw-prod-rds", "alias/nw-prod-s3", "alias/nw-prod-secrets"]]}, indent=2) + "\n"


def k_macie(c):
    r = c["rng"]
    return json.dumps({"jobName": "nonprod-sensitive-data-{}".format(c["d"].isoformat()), "accounts": [
        "northwind-staging", "northwind-dev"], "bucketsScanned": r.randint(18, 26), "objectsSampled": r.randint(4000, 9000),
        "findings": {"customerData": 0, "credentials": 0, "personalDataSynthetic": r.randint(3, 12)},
        "conclusion": "No production customer data found in non-production stores."}, indent=2) + "\n"


def k_rtp(c):
    r = c["rng"]
    risks = ["Compromise of engineer laptop", "Single-region outage", "Insider misuse of customer data",
             "Supplier breach at monitoring vendor", "Credential stuffing against customer logins",
             "Misconfigured S3 bucket", "Loss of key SRE staff", "Phishing of finance staff"]
    rows = [["R-{:02d}".format(i + 1), risk, r.randint(6, 16), r.choice(["mitigate", "mitigate", "accept", "transfer"]),
             r.choice(list(OWNERS.values())[:9]), r.choice(["on track", "complete", "on track", "delayed"])]
            for i, risk in enumerate(risks)]
    return csv_text(["risk_id", "risk", "inherent_score", "treatment", "owner", "status"], rows)


def k_mreview(c):
    r = c["rng"]
    return md_record(c, c["title"], [("Date", c["d"]), ("Chair", CEO), ("Minutes by", "sofia.lindqvist@" + DOMAIN)], [
        ("Inputs reviewed", ["- Status of actions from previous review", "- Changes in external and internal issues",
                             "- Changes in interested-party needs", "- Nonconformities and corrective actions",
                             "- Monitoring and measurement results", "- Audit results",
                             "- Fulfilment of security objectives", "- Interested-party feedback",
                             "- Risk assessment results and treatment status", "- Opportunities for improvement"]),
        ("Decisions and outputs", ["- The ISMS remains suitable, adequate and effective.",
                                   "- " + r.choice(["Approve extra SRE headcount for DR automation.",
                                                    "Plan London office physical access controls for 2027.",
                                                    "Move restore tests into the SRE runbook calendar."])]),
        ("Actions", ["- {} (owner {}, due {})".format(x, person(r), c["d"] + timedelta(days=60)) for x in
                     ["Refresh data classification policy", "Close CAPA backlog older than 90 days"]])])


def k_obligations(c):
    rows = [["UK GDPR / DPA 2018", "law", "amelia.hart@" + DOMAIN, "current"],
            ["Privacy and Electronic Communications Regulations", "law", "amelia.hart@" + DOMAIN, "current"],
            ["Customer MSA security schedule (standard)", "contract", "priya.natarajan@" + DOMAIN, "current"],
            ["Enterprise customer audit rights clause", "contract", "sofia.lindqvist@" + DOMAIN, "current"],
            ["PCI DSS (via Stripe, SAQ A)", "contract", "oliver.grant@" + DOMAIN, "current"],
            ["Computer Misuse Act 1990", "law", "amelia.hart@" + DOMAIN, "current"]]
    return csv_text(["obligation", "kind", "owner", "review_status"], rows)


def k_perf(c):
    r = c["rng"]
    rows = []
    for dept in sorted(set(DEPTS)):
        due = r.randint(4, 40)
        late = r.choice([0, 0, 0, 1])
        rows.append([half_label(c["d"]), dept, due, due - late, late, "yes", (c["d"] - timedelta(days=3)).isoformat()])
    return csv_text(["cycle", "department", "reviews_due", "reviews_completed", "overdue",
                     "security_objective_included", "calibrated_on"], rows)


def k_simple_md(heading_fields, sections):
    def build(c):
        return md_record(c, c["title"], [("Date", c["d"])] + heading_fields, sections)
    return build


def k_ack(c):
    r = c["rng"]
    rows = [[s["email"], s["dept"], (c["d"] - timedelta(days=r.randint(0, 20))).isoformat(), "accepted"]
            for s in c["staff"]]
    return csv_text(["user", "department", "accepted_on", "status"], rows)


def k_shot(c):
    return png_bytes(c["rng"], "{} ({})".format(c["title"], c["d"]))


def k_pdf(lines):
    def build(c):
        return pdf_bytes(c["title"], ["{} - {}".format(ORG, SYSTEM), "Date: {}".format(c["d"]), ""] + lines)
    return build


def k_csv(header, rows):
    def build(c):
        return csv_text(header, rows)
    return build


def k_datainv(c):
    rows = [["Customer uploaded datasets", "Restricted", "S3 nw-prod-uploads / RDS core", "tom.achterberg@" + DOMAIN],
            ["Customer user accounts", "Confidential", "RDS core", "tom.achterberg@" + DOMAIN],
            ["Support tickets", "Confidential", "Zendesk", "daniel.reyes@" + DOMAIN],
            ["Employee records", "Confidential", "HiBob", "grace.okafor@" + DOMAIN],
            ["Marketing site content", "Public", "Webflow", "amelia.hart@" + DOMAIN]]
    return csv_text(["data_set", "classification", "location", "owner"], rows)


def k_json_review(obj):
    def build(c):
        return json.dumps(dict(obj, reviewedOn=c["d"].isoformat()), indent=2) + "\n"
    return build


def ticket_json(c, project, summary, status, extra):
    r = c["rng"]
    body = {"key": c["key"], "project": project, "summary": summary, "status": status, "created": ts(c["d"], r, 8, 11),
            "resolved": ts(c["d"] + timedelta(days=r.randint(0, 2)), r, 12, 18), "reporter": person(r)}
    body.update(extra)
    return json.dumps(body, indent=2) + "\n"


def k_leaver(c):
    r = c["rng"]
    return ticket_json(c, "ITOPS", "Leaver: {}".format(r.choice(c["staff"])["email"]), "Done", {
        "checklist": {"okta_deactivated": ts(c["d"], r, 17, 18), "aws_sso_removed": "via SCIM",
                      "github_removed": "via SCIM", "laptop_returned": (c["d"] + timedelta(days=r.randint(2, 8))).isoformat(),
                      "laptop_wiped": True}})


def k_accreq(c):
    r = c["rng"]
    return ticket_json(c, "ITOPS", "Access request: {} {}".format(r.choice(APPS + ["AWS Deployer"]), r.choice(
        ["member", "read-only", "deployer"])), "Done", {"approver": r.choice(list(OWNERS.values())[:9]),
                                                         "approvedAt": ts(c["d"], r, 11, 13)})


def k_report(c):
    r = c["rng"]
    return ticket_json(c, "SEC", "Reported: " + r.choice(["suspicious invoice email", "lost badge", "unexpected MFA push",
                                                           "link to fake SSO page"]), "Closed",
                       {"channel": r.choice(["phishing button", "#security-report"]),
                        "triage": r.choice(["phishing - blocked sender", "benign", "MFA fatigue attempt - password reset"]),
                        "severity": "4", "triagedBy": "priya.natarajan@" + DOMAIN,
                        "actions": ["sender blocked in Google Workspace", "reporter thanked and informed of outcome"],
                        "escalatedToIncident": False})


def k_emergency(c):
    r = c["rng"]
    return ticket_json(c, "PLAT", "Emergency change: " + r.choice(["hotfix for ingest crash loop",
                                                                  "revert faulty TLS listener change"]), "Done",
                       {"deployedAt": ts(c["d"], r, 1, 4), "retroApprover": "hannah.cho@" + DOMAIN,
                        "retroApprovedAt": ts(c["d"] + timedelta(days=1), r, 10, 12)})


def k_incident(c):
    r = c["rng"]
    return ticket_json(c, "SEC", "Incident: " + r.choice(["leaked API key in public gist (revoked)",
                                                          "credential stuffing against customer logins",
                                                          "misconfigured S3 bucket policy (no exposure)",
                                                          "DDoS against public API"]), "Closed",
                       {"severity": r.choice(["2", "3", "3"]), "detectedBy": r.choice(["GuardDuty", "customer report",
                                                                                         "GitHub secret scanning"]),
                        "timeline": {"detected": ts(c["d"], r, 6, 8), "contained": ts(c["d"], r, 9, 12),
                                     "closed": ts(c["d"] + timedelta(days=3), r)}})


def k_deletion(c):
    r = c["rng"]
    return ticket_json(c, "PLAT", "Tenant deletion: customer {}".format(r.randint(1000, 1999)), "Done", {
        "contractEnd": (c["d"] - timedelta(days=r.randint(10, 28))).isoformat(), "dataDeleted": True,
        "backupsExpireBy": (c["d"] + timedelta(days=35)).isoformat(), "confirmationSentTo": "customer admin"})


KINDS = {
    "okta": k_okta, "awsorg": k_awsorg, "changes": k_changes, "isolation": k_isolation, "sast": k_sast,
    "conformance": k_conformance, "logpipe": k_logpipe, "alerts": k_alerts, "mdm": k_mdm, "network": k_network,
    "malware": k_malware, "dlp": k_dlp, "ccm": k_ccm, "backup": k_backup, "deps": k_deps, "threat": k_threat,
    "slo": k_slo, "capa": k_capa, "training": k_training, "privileged": k_privileged, "vuln": k_vuln,
    "capacity": k_capacity, "assets": k_assets, "officenet": k_officenet, "minutes": k_minutes, "metrics": k_metrics,
    "docreg": k_docreg, "uar_prod": lambda c: k_uar(c, ["AWS northwind-prod", "RDS nw-prod-core"], 26),
    "uar_apps": lambda c: k_uar(c, APPS, 70), "secrets": k_secrets, "macie": k_macie, "rtp": k_rtp,
    "mreview": k_mreview, "obligations": k_obligations, "perf": k_perf, "ack": k_ack, "shot": k_shot,
    "shared": k_simple_md([("Reviewed by", "tom.achterberg@" + DOMAIN)], [
        ("Result", ["- Shared-responsibility matrix checked against AWS service changes of the last six months.",
                    "- New services in use (AWS Bedrock evaluation account) added to the matrix.",
                    "- No changes to complementary user entity controls from the AWS SOC 2 report."])]),
    "context": k_simple_md([("Reviewed by", "sofia.lindqvist@" + DOMAIN), ("Approved by", CEO)], [
        ("Changes since last review", ["- Headcount grew from 150 to about 180.",
                                       "- Second production region (eu-west-1) used for DR only.",
                                       "- New interested party: enterprise customers requiring SOC 2 Type II."]),
        ("Conclusion", "The ISMS scope remains appropriate; no change to the boundaries.")]),
    "orgchart": k_shot,
    "iareport": k_pdf(["Internal audit of the ISMS against ISO/IEC 27001:2022, clauses 4-10 and sampled Annex A.",
                       "Auditor: independent lead auditor (no operational role).",
                       "Result: 0 major, 3 minor nonconformities, 5 observations.",
                       "Minor 1: quarterly restore tests not evidenced (AV-03).",
                       "Minor 2: data classification policy overdue for review (CF-01).",
                       "Minor 3: Q2 business application access review not performed (IAM-05).",
                       "All findings entered into the corrective action register."]),
    "budget": k_pdf(["Security budget 2026 approved by the CEO and CFO.", "Headcount: 6 security, 5 SRE.",
                     "Tooling: EDR, SIEM, vulnerability scanning, compliance platform, training.",
                     "ISMS changes planned: DR automation, hardware keys for administrators."]),
    "pentest": k_pdf(["Scope: public API, web dashboard, authentication flows, tenant isolation.",
                      "Method: grey-box, OWASP ASVS level 2; testing window agreed with SRE.",
                      "Findings: 0 critical, 1 high, 3 medium, 5 low.",
                      "High: rate limiting missing on password reset endpoint.",
                      "All findings ticketed for remediation."]),
    "retest": k_pdf(["Retest of findings from the May 2026 penetration test.",
                     "High finding (password reset rate limiting): fixed and verified.",
                     "Medium findings: 3 of 3 fixed and verified.", "Low findings: 4 of 5 fixed; 1 accepted."]),
    "tabletop": k_simple_md([("Facilitator", "priya.natarajan@" + DOMAIN)], [
        ("Scenario", "Ransomware on an engineer laptop with stolen session tokens used against AWS."),
        ("Observations", ["- Incident commander role was clear; no deputy was named.",
                          "- Customer status update cadence was not defined.",
                          "- Token revocation in Okta and AWS took 14 minutes."]),
        ("Actions", ["- Name a deputy incident commander (done in plan v3.1).",
                     "- Define 60-minute customer update cadence (done in plan v3.1)."])]),
    "walkthrough": k_simple_md([("Facilitator", "marcus.bell@" + DOMAIN)], [
        ("Participants", "SRE, Platform, Security, Customer Success"),
        ("Result", ["- Contact lists and escalation paths confirmed.",
                    "- Runbook links updated for the new eu-west-1 DR account."])]),
    "drtest": k_pdf(["Failover of the platform to eu-west-1 from backups and Terraform.",
                     "Measured RTO: 2h 41m (objective 4h).", "Measured RPO: 22 minutes (objective 1h).",
                     "Data integrity checks: passed.", "Issues: DNS TTL too long (fixed)."]),
    "bia": k_csv(["service", "criticality", "max_tolerable_downtime_h", "rto_h", "rpo_h", "dependencies", "owner",
                  "manual_workaround"], [
        ["Ingest API", "critical", 8, 4, 1, "AWS ECS; RDS; S3", "tom.achterberg@" + DOMAIN, "none"],
        ["Dashboards", "high", 12, 4, 1, "AWS; Okta", "tom.achterberg@" + DOMAIN, "emailed static reports"],
        ["Exports", "medium", 24, 12, 4, "AWS; SES", "hannah.cho@" + DOMAIN, "manual export by support"],
        ["Billing sync", "medium", 72, 24, 24, "Stripe", "oliver.grant@" + DOMAIN, "manual invoicing"],
        ["Support desk", "medium", 24, 8, 24, "Zendesk", "daniel.reyes@" + DOMAIN, "shared mailbox"]]),
    "datainv": k_datainv,
    "contacts": k_csv(["organisation", "purpose", "contact_route", "owner", "verified"], [
        ["Information Commissioner's Office", "personal data breach reporting", "ICO breach reporting line",
         "amelia.hart@" + DOMAIN, "yes"],
        ["NCSC", "incident reporting and advisories", "NCSC incident reporting portal", "priya.natarajan@" + DOMAIN,
         "yes"],
        ["Action Fraud / police cyber unit", "cyber crime reporting", "reporting line", "priya.natarajan@" + DOMAIN,
         "yes"],
        ["CiSP (NCSC information sharing)", "special interest group", "member account", "priya.natarajan@" + DOMAIN,
         "yes"],
        ["Local OWASP chapter", "special interest group", "mailing list", "hannah.cho@" + DOMAIN, "yes"],
        ["AWS enterprise support", "provider escalation", "support console", "tom.achterberg@" + DOMAIN, "yes"]]),
    "retention": k_json_review({"lifecycleRules": [
        {"bucket": "nw-prod-uploads", "expireDeletedTenantsAfterDays": 30},
        {"bucket": "nw-log-archive", "retainDays": 395, "objectLock": "COMPLIANCE"}],
        "rdsSnapshotRetentionDays": 35, "matchesSchedule": True}),
    "ropa": k_csv(["processing_activity", "role", "lawful_basis", "data_categories", "retention"], [
        ["Customer analytics processing", "processor", "contract (customer instructions)", "customer datasets",
         "contract + 30 days"],
        ["Employee administration", "controller", "contract / legal obligation", "HR records", "6 years after leaving"],
        ["Prospect marketing", "controller", "legitimate interests", "business contact data", "24 months"]]),
    "vendorsoc": k_csv(["vendor", "report", "period_end", "opinion", "exceptions", "cuecs_mapped"], [
        ["AWS", "SOC 2 Type II", "2025-12-31", "unqualified", "none relevant", "yes"],
        ["Okta", "SOC 2 Type II", "2025-12-31", "unqualified", "none", "yes"],
        ["GitHub", "SOC 2 Type II", "2025-09-30", "unqualified", "1 (not relevant)", "yes"],
        ["Datadog", "SOC 2 Type II", "2025-12-31", "unqualified", "none", "yes"],
        ["Stripe", "PCI DSS AoC + SOC 2", "2025-12-31", "unqualified", "none", "yes"]]),
    "riskreg": lambda c: k_rtp(c),
    "fraud": k_simple_md([("Performed by", "oliver.grant@{} and priya.natarajan@{}".format(DOMAIN, DOMAIN))], [
        ("Scenarios", ["- Payment redirection fraud: mitigated by dual approval of bank detail changes.",
                       "- Insider misuse of customer data: mitigated by least privilege and session logging.",
                       "- Management override of controls: mitigated by board oversight and audit.",
                       "- Expense fraud: mitigated by card controls and monthly review."]),
        ("Result", "No scenario above the risk acceptance threshold after controls.")]),
    "hire": k_simple_md([("Recorded by", "grace.okafor@" + DOMAIN)], [
        ("Checks", ["- Identity verified", "- Right to work verified", "- Two references received",
                    "- Criminal record check (basic) cleared for production role"]),
        ("Contract", ["- Employment contract with confidentiality and IP clauses signed before start date"])]),
    "leaver": k_leaver, "accreq": k_accreq, "report": k_report, "emergency": k_emergency, "incident": k_incident,
    "deletion": k_deletion,
    "design": k_simple_md([("Reviewer", "priya.natarajan@" + DOMAIN)], [
        ("Feature", "Change to data export or sharing functionality"),
        ("Threats considered (STRIDE)", ["- Spoofing of share links", "- Information disclosure across tenants",
                                          "- Denial of service through large exports"]),
        ("Requirements", ["- Signed, expiring links", "- Tenant check on every export", "- Export size limits"])]),
    "pir": k_simple_md([("Facilitator", "marcus.bell@" + DOMAIN)], [
        ("Summary", "Blameless review of the incident, timeline reconstructed from Datadog and Slack."),
        ("Root cause", "Missing guard-rail in automation; human error was a contributing factor only."),
        ("Actions", ["- Add pre-commit secret scanning (CAPA raised)", "- Alert on unusual API key use"])]),
    "notify": k_simple_md([("Decision by", "amelia.hart@" + DOMAIN)], [
        ("Assessment", "Leaked API key revoked within 40 minutes; logs show no use of the key against customer data."),
        ("Decision", "No personal data breach; ICO notification not required. Affected customer informed as a courtesy.")]),
    "custody": k_csv(["item", "collected_by", "collected_at", "source", "sha256_recorded", "stored_in"], [
        ["CloudTrail export", "priya.natarajan@" + DOMAIN, "see incident ticket", "log archive", "yes",
         "s3://nw-evidence-locker"],
        ["Datadog log export", "marcus.bell@" + DOMAIN, "see incident ticket", "Datadog", "yes",
         "s3://nw-evidence-locker"],
        ["Slack channel export", "priya.natarajan@" + DOMAIN, "see incident ticket", "Slack", "yes",
         "s3://nw-evidence-locker"]]),
    "notice": k_simple_md([("Published by", "amelia.hart@" + DOMAIN), ("Channel", "Trust portal and email")], [
        ("Notice", "Update to Northwind's sub-processor list or security commitments, published 30 days ahead.")]),
    "impact": k_simple_md([("Assessor", "sofia.lindqvist@" + DOMAIN)], [
        ("Change", "Significant change to the system (new sub-processor, region or architecture)."),
        ("Security impact", ["- Data flows and boundary reviewed", "- Risk register updated",
                             "- Control library checked for new controls"]),
        ("Decision", "Approved with conditions recorded in the change ticket.")]),
    "disposal": k_pdf(["Certificate of data destruction.", "Provider: certified IT asset disposal company.",
                       "Method: NIST SP 800-88 purge, followed by physical shredding of drives.",
                       "Devices: company laptops returned by leavers (serials listed on the collection note)."]),
    "vendorassess": k_simple_md([("Assessor", "priya.natarajan@" + DOMAIN), ("Approver", "oliver.grant@" + DOMAIN)], [
        ("Vendor", "New tier 1 vendor (processes customer data or connects to production)."),
        ("Review", ["- SOC 2 Type II report reviewed", "- Security questionnaire completed",
                    "- DPA and security schedule required before signature"]),
        ("Outcome", "Approved, tier 1, annual review.")]),
    "dpa": k_pdf(["Data processing agreement and security schedule with a tier 1 supplier.",
                  "Includes: breach notice within 48 hours, audit rights, sub-processor approval, deletion at end.",
                  "Signed by both parties (DocuSign envelope on file)."]),
}


def policy_md(doc):
    approver = doc["approver"]
    lines = ["# {}".format(doc["title"]), "",
             "| Field | Value |", "| --- | --- |",
             "| Organisation | {} |".format(ORG), "| System | {} |".format(SYSTEM),
             "| Document type | {} |".format(doc["type"]), "| Version | {} |".format(doc["version"]),
             "| Owner | {} |".format(owner_of(doc)),
             "| Approved by | {} |".format(approver or "NOT YET APPROVED"),
             "| Effective date | {} |".format(doc["when"]),
             "| Next review | {} |".format(doc["when"] + timedelta(days=365)),
             "| Classification | Internal |", "",
             "## Version history", "", "| Version | Date | Change |", "| --- | --- | --- |"]
    major = int(doc["version"].split(".")[0])
    for v in range(max(1, major - 2), major):
        lines.append("| {}.0 | {} | Annual review and update |".format(v, date(doc["when"].year - (major - v),
                                                                            doc["when"].month, 1)))
    lines.append("| {} | {} | {} |".format(doc["version"], doc["when"], "Current version" if approver else "Draft"))
    lines += ["", "## 1. Purpose", "",
              "This {} sets out how {} manages the topic named in its title for the {} and the supporting corporate "
              "environment, in line with the Information Security Policy.".format(doc["type"], ORG, SYSTEM),
              "", "## 2. Scope", "",
              "It applies to all employees, contractors and systems within the ISMS scope. Controls it supports: {}."
              .format(", ".join(doc["controls"])), "", "## 3. Requirements", ""]
    lines += ["{}. {}".format(i + 1, s) for i, s in enumerate(doc["statements"])]
    lines += ["", "## 4. Compliance and exceptions", "",
              "Compliance is monitored through the control library and the continuous monitoring platform. Exceptions "
              "are raised in Jira and approved by the Head of Information Security for at most twelve months.", "",
              "## 5. Approval", ""]
    lines.append("Approved by {} on {}.".format(approver, doc["when"]) if approver
                 else "Status: DRAFT - submitted for approval, not yet approved.")
    return "\n".join(lines) + "\n"


def owner_of(doc):
    for ctl in CONTROLS:
        if ctl["id"] == doc["controls"][0]:
            return ctl["owner"] or "(unassigned)"
    return ""


# --------------------------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------------------------
PROJECT_OF = {"hire": "PEOPLE", "leaver": "ITOPS", "accreq": "ITOPS", "report": "SEC", "design": "SEC",
              "emergency": "PLAT", "incident": "SEC", "pir": "SEC", "notify": "LEGAL", "custody": "SEC",
              "notice": "LEGAL", "impact": "GRC", "deletion": "PLAT", "disposal": "ITOPS", "vendorassess": "VEN",
              "dpa": "VEN"}


FILE_SLUG = {
    "okta": "okta-sign-on-policy", "awsorg": "organizations-scp-snapshot", "changes": "merged-changes",
    "isolation": "tenant-isolation-tests", "sast": "sast-summary", "conformance": "conformance-history",
    "logpipe": "log-pipeline-status", "alerts": "alert-triage", "mdm": "mdm-edr-compliance",
    "network": "security-groups-waf", "malware": "upload-malware-scan", "dlp": "dlp-incidents",
    "ccm": "control-tests", "backup": "backup-jobs", "deps": "dependency-scans", "threat": "threat-intel-notes",
    "slo": "slo-review", "capa": "capa-register", "training": "training-completion", "privileged":
    "privileged-sessions", "vuln": "vuln-scan-summary", "capacity": "capacity-review", "assets": "asset-reconciliation",
    "officenet": "office-network-check", "minutes": "steering-committee-minutes", "metrics": "security-metrics",
    "docreg": "document-register", "uar_prod": "production-access-review", "uar_apps": "application-access-review",
    "secrets": "secrets-rotation", "macie": "nonprod-data-scan", "rtp": "risk-treatment-status",
    "mreview": "management-review-minutes", "obligations": "obligations-register", "perf": "performance-cycle",
    "shared": "shared-responsibility-review", "context": "context-review", "orgchart": "org-chart",
    "iareport": "internal-audit-report", "budget": "security-plan-budget", "contacts": "authority-contacts",
    "pentest": "pentest-report", "retest": "pentest-retest-letter", "tabletop": "tabletop-exercise",
    "walkthrough": "bcdr-walkthrough", "drtest": "dr-test-report", "bia": "business-impact-analysis",
    "datainv": "data-inventory-review", "retention": "lifecycle-rules-review", "ropa": "records-of-processing",
    "vendorsoc": "vendor-assurance-review", "riskreg": "risk-register", "fraud": "fraud-risk-assessment",
}


def schedule(when):
    """Yields (performed_on, covers_from, covers_to, label_date) for a series schedule."""
    kind = when[0]
    if kind == "export":
        last = DAILY_LAST if "daily" in when else LAST_DAY - timedelta(days=1)
        for m in MONTHS:
            cf = date(2026, m, 1)
            if m == 11:
                ct = last
                done = last if "daily" in when else LAST_DAY
            else:
                ct = month_end(2026, m)
                done = biz(ct + timedelta(days=1))
            yield done, cf, ct, cf
    elif kind == "monthly":
        skip = when[2] if len(when) > 2 else set()
        for m in MONTHS:
            if m not in skip:
                d = biz(date(2026, m, when[1]))
                yield d, None, None, d
    else:
        for d in when[1]:
            yield d, None, None, d


def labels(d):
    return dict(mon="{} {}".format(MONTH_NAMES[d.month], d.year), ym=d.strftime("%Y-%m"), q=quarter_label(d),
                h=half_label(d))


def collect(rng, performed):
    later = performed + timedelta(days=rng.randint(0, 4))
    return min(later, max(performed, LAST_DAY))


def build(out):
    rng = random.Random(SEED)
    staff = build_staff(rng)
    files = {}      # relative path -> bytes
    items = []      # evidence rows before numbering

    def add_file(rel, content):
        data = content.encode("utf-8") if isinstance(content, str) else content
        if rel in files:
            raise SystemExit("duplicate file " + rel)
        files[rel] = data
        return data

    for doc in DOCS:
        data = add_file(doc["path"], policy_md(doc))
        collected = doc["when"] + timedelta(days=rng.randint(1, 5))
        if doc["when"] < date(2025, 12, 1):
            collected = date(2025, 12, 1)
        items.append(dict(controls=doc["controls"], title="{} v{}".format(doc["title"], doc["version"]),
                          type=doc["type"], performed=doc["when"], cf=None, ct=None, collected=collected,
                          file=doc["path"], sha=hashlib.sha256(data).hexdigest() if doc["sha"] else "",
                          approved=doc["approver"], source="Google Drive", tag=doc["key"]))

    for s in SERIES:
        dates = list(schedule(s["when"]))
        for extra in s.get("extra", []):
            dates.insert(0, (extra, None, None, extra))
        for n, (performed, cf, ct, label_date) in enumerate(dates):
            lab = labels(label_date)
            title = s["title"].format(**lab)
            folder = s["folder"].format(**lab)
            slug = s.get("slug") or FILE_SLUG.get(s["kind"], s["kind"])
            stamp = lab["ym"] if s["when"][0] in ("export", "monthly") else performed.isoformat()
            rel = "{}/{}-{}.{}".format(folder, slug, stamp, s["ext"])
            ctx = dict(rng=rng, d=performed, cf=cf or performed - timedelta(days=30), ct=ct or performed, title=title,
                       staff=staff, controls=s["controls"])
            data = add_file(rel, KINDS[s["kind"]](ctx))
            items.append(dict(controls=s["controls"], title=title, type=s["type"], performed=performed, cf=cf, ct=ct,
                              collected=collect(rng, performed), file=rel,
                              sha=hashlib.sha256(data).hexdigest() if s.get("sha") else "", approved="",
                              source=s["source"], tag="series:" + s["controls"][0]))

    numbers = {}
    for controls, typ, title, source, dates, folder, kind, ext, nofile in EVENTS:
        project = PROJECT_OF[kind]
        for i, performed in enumerate(dates):
            numbers[project] = numbers.get(project, rng.randint(140, 900)) + rng.randint(3, 60)
            key = "{}-{}".format(project, numbers[project])
            full_title = "{} {}".format(title, key)
            rel = ""
            if not (nofile and i % nofile == 1):
                rel = "{}/{}-{}.{}".format(folder, kind, key.lower(), ext)
                ctx = dict(rng=rng, d=performed, cf=performed, ct=performed, title=full_title, staff=staff,
                           controls=controls, key=key)
                add_file(rel, KINDS[kind](ctx))
            items.append(dict(controls=controls, title=full_title, type=typ, performed=performed, cf=None, ct=None,
                              collected=collect(rng, performed), file=rel, sha="", approved="",
                              source="Jira" if not rel else source, tag="event:" + controls[0]))

    items.sort(key=lambda e: (e["performed"], e["controls"][0], e["title"]))
    for n, e in enumerate(items, 1):
        e["id"] = "EV-{:04d}".format(n)

    populations = build_populations(items, add_file)

    if out.exists():
        shutil.rmtree(out)
    ev_root = out / "evidence"
    for rel, data in sorted(files.items()):
        p = ev_root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    write_controls(out)
    mappings = write_mappings(out)
    write_evidence(out, items)
    write_applicability(out)
    demo_requests.write(out, write_csv)
    write_scope(out)
    write_readme(out, items, mappings, files)
    write_populations(out, populations)
    write_responses(out, populations)
    return items, files


def write_csv(path, header, rows):
    path.write_text(csv_text(header, rows), encoding="utf-8")


def write_controls(out):
    write_csv(out / "controls.csv", ["control_id", "title", "description", "owner", "frequency", "scope",
                                     "expected_evidence", "status", "requires_documentation", "control_family"],
              [[c["id"], c["title"], c["desc"], c["owner"], c["freq"], c["scope"], c["expected"].replace("; ", ", "), c["status"],
                c["doc"], c["family"]] for c in CONTROLS])


def write_mappings(out):
    rows = []
    for c in CONTROLS:
        for fw, maps in (("SOC2", c["soc"]), ("ISO27001", c["iso"])):
            for req, rel, why in maps:
                rows.append([c["id"], fw, req, REL[rel], "", why])
    for i, row in enumerate(rows):
        if i % 3 == 0:
            row[4] = "full" if row[3] in ("equivalent-to", "superset-of", "equal-to") else "partial"
    write_csv(out / "mappings.csv", ["control_id", "framework", "requirement_id", "relationship", "coverage",
                                     "rationale"], rows)
    return rows


def write_evidence(out, items):
    write_csv(out / "evidence.csv", ["evidence_id", "control_ids", "title", "type", "performed_on", "covers_from",
                                     "covers_to", "collected_on", "file", "sha256", "approved_by", "source",
                                     "occurrence_id"],
              [[e["id"], ";".join(e["controls"]), e["title"], e["type"], e["performed"].isoformat(),
                e["cf"].isoformat() if e["cf"] else "", e["ct"].isoformat() if e["ct"] else "",
                e["collected"].isoformat(), e["file"], e["sha"], e["approved"], e["source"], e.get("occ", "")]
               for e in items])


# --------------------------------------------------------------------------------------------------------------
# Populations (populations.csv) and management responses (responses.csv)
# --------------------------------------------------------------------------------------------------------------
# control -> (population ID, source, query, extract file, occurrences the system holds but no evidence proves)
POPULATIONS = [
    ("HR-01", "POP-HIRES-2026", "HiBob",
     "Report 'New starters': employees and contractors with a start date from 2026-01-01 to 2026-11-28",
     "populations/hibob-new-starters-2026.csv",
     [("PEOPLE-1101", date(2026, 8, 10)), ("PEOPLE-1102", date(2026, 10, 19))]),
    ("HR-07", "POP-LEAVERS-2026", "Jira",
     "project = ITOPS AND issuetype = Leaver AND created >= 2026-01-01 AND created <= 2026-11-28",
     "populations/jira-leavers-2026.csv",
     [("ITOPS-1201", date(2026, 6, 26))]),
    ("IAM-02", "POP-ACCESS-2026", "Jira",
     "project = ITOPS AND issuetype = 'Access request' AND created >= 2026-01-01 AND created <= 2026-11-28",
     "populations/jira-access-requests-2026.csv",
     [("ITOPS-1301", date(2026, 4, 8)), ("ITOPS-1302", date(2026, 7, 22))]),
]
EXTRACTED_ON = date(2026, 11, 28)

# (control, occurrence or slice label, response, owner, target date)
RESPONSES = [
    ("HR-01", "PEOPLE-1101", "Screening was completed by the vendor before the start date, but the certificate was "
     "not exported from HiBob; People Operations will attach it and add the export to the onboarding checklist.",
     "grace.okafor@northwind.example", date(2026, 12, 15)),
    ("IAM-02", "ITOPS-1301", "Access was granted during the Okta migration without a Jira request; the access was "
     "reviewed and confirmed retrospectively by the system owner, and the migration runbook now requires a request.",
     "daniel.reyes@northwind.example", date(2026, 12, 31)),
    ("IAM-05", "2026-04-01..2026-06-30", "The Q2 business application review was postponed by the Google Workspace "
     "re-licensing; the Q3 review covered all users, and reviews are now scheduled in the GRC calendar.",
     "daniel.reyes@northwind.example", date(2027, 1, 31)),
    ("OPS-03", "2026-05", "The May scan did not run after a scanner licence expired; the June scan found no "
     "critical findings older than SLA. Licence renewal is now tracked in the vendor register.",
     "priya.natarajan@northwind.example", date(2026, 12, 31)),
]


def build_populations(items, add_file):
    """Tags the event records of the population controls with their occurrence ID and writes each extract."""
    populations = []
    for control, pid, source, query, extract, missing in POPULATIONS:
        rows = []
        for e in items:
            if e.get("tag") == "event:" + control or (e.get("tag", "").startswith("event:") and control in e["controls"]
                                                        and e["type"] not in ("policy", "procedure")):
                key = e["title"].rsplit(" ", 1)[-1]
                e["occ"] = key
                rows.append((key, e["performed"]))
        rows.extend(missing)
        rows.sort(key=lambda r: (r[1], r[0]))
        header = {"HR-01": ["employee_ref", "start_date", "status"],
                  "HR-07": ["issue_key", "created", "issue_type"],
                  "IAM-02": ["issue_key", "created", "issue_type"]}[control]
        kind = {"HR-01": "active", "HR-07": "Leaver", "IAM-02": "Access request"}[control]
        add_file(extract, csv_text(header, [[k, d.isoformat(), kind] for k, d in rows]))
        populations.append((control, pid, source, query, extract, rows))
    return populations


def write_populations(out, populations):
    rows = []
    for control, pid, source, query, extract, occurrences in populations:
        for i, (key, when) in enumerate(occurrences):
            first = i == 0
            rows.append([control, pid, key, when.isoformat(), source if first else "",
                         EXTRACTED_ON.isoformat() if first else "", query if first else "", extract if first else ""])
    write_csv(out / "populations.csv", ["control_id", "population_id", "occurrence_id", "occurred_on", "source",
                                        "extracted_on", "query", "extract_file"], rows)


def write_responses(out, populations):
    write_csv(out / "responses.csv", ["control_id", "occurrence", "response", "owner", "target_date"],
              [[c, o, r, w, t.isoformat()] for c, o, r, w, t in RESPONSES])
    with (out / "README.md").open("a", encoding="utf-8") as readme:
        readme.write(POPULATION_README.format(
            counts=", ".join("{} {} ({} rows)".format(pid, c, len(occ)) for c, pid, _, _, _, occ in populations)))


POPULATION_README = """
## Populations and management responses

`populations.csv` lists the occurrences of three event controls as extracted on 2026-11-28 from their systems of
record: {counts}. The extracts themselves are in `evidence/populations/` (named in `extract_file`, so the pack
shows their SHA-256). The records that prove an occurrence name it in the `occurrence_id` column of
`evidence.csv`. Five occurrences have no record: PEOPLE-1101 and PEOPLE-1102 (HR-01), ITOPS-1201 (HR-07),
ITOPS-1301 and ITOPS-1302 (IAM-02); each is an exception in the test sheet, and HR-01, HR-07 and IAM-02 are
judged on their occurrences (`inconsistent`).

`responses.csv` holds management's responses to four exceptions: PEOPLE-1101 (HR-01), ITOPS-1301 (IAM-02), the
missed second quarter of IAM-05 (`2026-04-01..2026-06-30`) and the missed May scan of OPS-03 (`2026-05`). The
other exceptions are left without a response on purpose.
"""


# Justifications for inclusion (clause 6.1.3 d); A.5.6, A.5.32, A.7.14 and A.8.11 are left without one on purpose:
# the demo's SoA flags them.
INCLUSIONS = [
    ('A.5.1', 'Required by ISO/IEC 27001 clause 5.2 and by customer contracts (MSA security schedule)'),
    ('A.5.2', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.3', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.4', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.5', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.7', 'Risk R-07 (targeted attacks on the platform); threat intelligence feeds the quarterly risk review'),
    ('A.5.8', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.9', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.10', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.11', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.12', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.13', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.14', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.15', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.16', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.17', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.18', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.19', 'Risk R-11 (supplier compromise); customers require supplier assurance in the data processing agreement'),
    ('A.5.20', 'Risk R-11 (supplier compromise); security terms are required in every supplier contract handling customer data'),
    ('A.5.21', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.22', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.23', 'The platform runs on AWS; risk R-03 (cloud misconfiguration) is treated through cloud service governance'),
    ('A.5.24', 'Contractual: customers are notified of incidents within 48 hours (MSA); risk R-05 (undetected incident)'),
    ('A.5.25', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.26', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.27', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.28', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.29', 'Contractual: 99.9% availability commitment; risk R-09 (prolonged outage)'),
    ('A.5.30', 'Contractual: recovery objectives (RPO 24 h, RTO 8 h) committed to customers; risk R-09'),
    ('A.5.31', 'Legal: UK GDPR and the Data Protection Act 2018 apply to customer personal data'),
    ('A.5.33', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.34', 'Legal: UK GDPR; Northwind is a processor for customer datasets and a controller for staff data'),
    ('A.5.35', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.36', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.5.37', 'Risk treatment plan RTP-2026: selected to treat the risks of the 2026 risk assessment that this control addresses'),
    ('A.6.1', 'Risk R-14 (insider threat); background checks are required by enterprise customer contracts'),
    ('A.6.2', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.6.3', 'Risk R-02 (phishing and social engineering); annual training is required by policy and customer contracts'),
    ('A.6.4', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.6.5', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.6.6', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.6.7', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.6.8', 'Risk treatment plan RTP-2026: all staff and contractors handle customer or company information'),
    ('A.7.1', 'The London office holds laptops and visitors; risk R-16 (theft from the office)'),
    ('A.7.2', 'Risk treatment plan RTP-2026: the London office and remote working with company equipment are in the ISMS scope'),
    ('A.7.3', 'Risk treatment plan RTP-2026: the London office and remote working with company equipment are in the ISMS scope'),
    ('A.7.7', 'Risk R-16 (information left on desks and screens in the shared office)'),
    ('A.7.9', 'Staff work remotely with company laptops; risk R-12 (lost or stolen laptop)'),
    ('A.7.10', 'Risk R-12 (lost or stolen laptop and removable media)'),
    ('A.8.1', 'Risk R-12 (lost or stolen laptop); all staff use managed laptops'),
    ('A.8.2', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.3', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.4', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.5', 'Risk R-01 (account takeover); customers require MFA for all access to their data'),
    ('A.8.6', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.7', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.8', 'Risk R-04 (exploited vulnerability in the platform or its dependencies)'),
    ('A.8.9', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.10', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.12', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.13', 'Contractual: recovery point objective of 24 hours; risk R-09 (data loss)'),
    ('A.8.14', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.15', 'Risk R-05 (undetected incident); logs support investigations committed to customers'),
    ('A.8.16', 'Risk R-05 (undetected incident); 24x7 monitoring committed in the MSA'),
    ('A.8.17', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.18', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.19', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.20', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.21', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.22', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.23', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.24', 'Contractual: encryption in transit and at rest committed to customers; risk R-06 (data disclosure)'),
    ('A.8.25', 'Northwind develops the platform in-house; risk R-08 (insecure code reaching production)'),
    ('A.8.26', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.27', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.28', 'Risk R-08 (insecure code reaching production)'),
    ('A.8.29', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.31', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.32', 'Risk R-08 and R-03 (unauthorised or faulty change to production)'),
    ('A.8.33', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
    ('A.8.34', 'Risk treatment plan RTP-2026: the platform and corporate IT are operated by Northwind on AWS and managed laptops'),
]


def write_applicability(out):
    write_csv(out / "applicability.csv", ["framework", "requirement_id", "applicable", "justification"],
              [["ISO27001", req, "no", why] for req, why in APPLICABILITY]
              + [["ISO27001", req, "yes", why] for req, why in INCLUSIONS])


SCOPE_YAML = """\
# Northwind Analytics Ltd - scope statement for the SOC 2 system and the ISO 27001 ISMS (demo data, invented)
system_description: >-
  The Northwind Insights Platform is a multi-tenant B2B SaaS analytics product. Customers upload operational
  datasets through an API or connectors, and use hosted dashboards, scheduled reports and exports to analyse them.
  The platform is built and run by Northwind Analytics Ltd (about 180 staff, head office in London) and hosted
  entirely on AWS in eu-west-2 (London), with disaster recovery in eu-west-1 (Ireland).
services:
  - Ingest API and data connectors
  - Hosted dashboards and notebooks
  - Scheduled reports and data exports
  - Customer administration console (users, roles, SSO)
environments:
  - production (AWS eu-west-2, account northwind-prod)
  - disaster recovery (AWS eu-west-1, account northwind-dr)
  - staging and development (separate AWS accounts, synthetic data only)
  - corporate IT (Google Workspace, Okta, managed laptops)
teams:
  - Platform engineering
  - Site reliability engineering
  - Security and GRC
  - Product engineering
  - IT operations
  - People operations
  - Customer success and support
third_parties:
  - AWS (hosting, infrastructure and physical security; subservice organisation, carved out)
  - Okta (workforce identity and SSO)
  - GitHub (source code and CI)
  - Datadog (monitoring and log management)
  - Google Workspace (email, documents, DLP)
  - Stripe (subscription billing; no card data touches the platform)
data_flows:
  - Customers send datasets over TLS 1.2+ to the ingest API; data is stored encrypted in S3 and RDS (AWS KMS)
  - Customer users sign in to dashboards with their own SSO or MFA-protected passwords; sessions are tenant-scoped
  - Exports are delivered as expiring signed links or to customer-owned S3 buckets
  - Logs and metrics flow from AWS to Datadog and to the log archive account; no customer datasets go to Datadog
  - Billing events flow from the platform to Stripe (customer account IDs and plan only)
boundaries:
  - The SOC 2 system covers the production and platform environments (tags prod, platform)
  - Corporate IT (laptops, Google Workspace) and the London office are in the ISMS scope but outside the SOC 2 system
  - AWS data centres are carved out; physical security there is covered by the AWS SOC 2 report
  - Customer-side systems and customer-owned S3 buckets are outside both scopes
assumptions:
  - Customers manage their own user access and roles in the administration console (complementary user entity control)
  - Customers configure SSO and MFA for their users where they require it (complementary user entity control)
  - Customers ensure uploaded data is lawful to process and correctly classified (complementary user entity control)
  - Customers notify Northwind promptly of suspected account compromise (complementary user entity control)
soc2_boundary: [prod, platform]
isms_scope: [prod, platform, corp-it, office-london]
# SOC 2 description of the system (AICPA DC 2018 description criteria): Section III of a SOC 2 report
principal_service_commitments:
  - Customer data is available through the dashboards and API with 99.9% monthly uptime (master subscription agreement, schedule 2)
  - Customer datasets are encrypted in transit (TLS 1.2+) and at rest (AES-256, AWS KMS) and hosted in the United Kingdom, with disaster recovery in Ireland
  - Customer data is used only to provide the service and is deleted within 30 days of contract termination (data processing agreement)
  - Security incidents affecting customer data are notified to the customer within 48 hours of confirmation
  - Backups allow restoration with a recovery point objective of 24 hours and a recovery time objective of 8 hours
system_requirements:
  - Access to production is granted on a least-privilege basis through Okta SSO with phishing-resistant MFA and reviewed quarterly
  - Changes to production pass peer review and automated tests in GitHub before deployment through the CI pipeline
  - Production is monitored around the clock; security alerts are triaged within 30 minutes by the on-call engineer
  - Vendors that process customer data are assessed before onboarding and their assurance reports reviewed every year
  - Staff complete security awareness training at hire and every year, and sign the acceptable use policy
system_components:
  infrastructure:
    - AWS production account in eu-west-2 (London) with VPCs across three availability zones; disaster recovery in eu-west-1 (Ireland)
    - Amazon EKS clusters for the application services, Amazon RDS for PostgreSQL for metadata, Amazon S3 for customer datasets and exports
    - AWS WAF, Elastic Load Balancing, AWS KMS, GuardDuty, Security Hub and AWS Config for protection and monitoring
  software:
    - Northwind Insights Platform services (ingest API, query engine, dashboard and report services) written in Kotlin and TypeScript
    - Terraform for infrastructure as code; GitHub Actions for continuous integration and deployment
    - Okta (workforce identity), Datadog (monitoring and logs), PagerDuty (on-call), Jira (tickets and change records)
  people:
    - The CTO is accountable for the system; the Head of Security and GRC owns the control environment and reports to the ISMS Steering Committee
    - Platform engineering and site reliability engineering operate production; product engineering builds the services
    - IT operations manages workforce identity and endpoints; people operations runs onboarding, training and leavers
  procedures:
    - Documented policies and procedures for access management, change management, incident response, backup and recovery, vendor management and HR security, reviewed every year
    - Runbooks for on-call response, restores and disaster recovery, exercised at least once a year
  data:
    - Customer datasets uploaded through the API and connectors (classified confidential), derived aggregates and exports
    - Customer account data (user names, emails, roles) and audit logs of user activity
    - System logs and metrics (no customer datasets) retained for 13 months
system_incidents:
  - "INC-2026-031 (14 March 2026): a misconfigured export link expiry (7 days instead of 24 hours) affected two customers; no data was accessed by unauthorised parties; fixed on 15 March and the customers notified within 48 hours"
  - No other incident in the period resulted in a failure to meet the service commitments and system requirements
complementary_user_entity_controls:
  - User entities manage the access of their own users and roles in the administration console and review them periodically
  - User entities configure SSO and MFA for their users where their own policies require it
  - User entities ensure the data they upload is lawful to process and correctly classified
  - User entities notify Northwind promptly of suspected account compromise or unauthorised use
  - User entities protect the credentials and signed links used to retrieve exports and secure their own destination S3 buckets
subservice_organisations:
  - name: Amazon Web Services (AWS)
    services: Infrastructure hosting (compute, storage, databases, key management) in eu-west-2 and eu-west-1, including the physical security and environmental protection of the data centres
    method: carve-out
    csocs:
      - AWS restricts physical access to data centres and server rooms to authorised personnel and reviews that access (CC6.4)
      - AWS protects data centres against environmental threats (power, fire, flooding, temperature) and maintains the equipment (A1.2)
      - AWS securely decommissions and destroys storage media (CC6.5)
      - AWS monitors the infrastructure it operates and notifies customers of incidents affecting them (CC7.2)
  - name: Okta
    services: Workforce identity, single sign-on and multi-factor authentication for Northwind staff
    method: carve-out
    csocs:
      - Okta enforces the authentication policies configured by Northwind and protects the authentication service against unauthorised access (CC6.1)
      - Okta logs authentication events and makes them available to Northwind (CC7.2)
significant_changes:
  - "February 2026: the ingest API moved from Amazon EC2 instances to Amazon EKS"
  - "May 2026: phishing-resistant MFA (Okta FastPass) became mandatory for all workforce access"
  - "September 2026: disaster recovery moved from eu-west-3 (Paris) to eu-west-1 (Ireland)"
"""


def write_scope(out):
    (out / "scope.yaml").write_text(SCOPE_YAML, encoding="utf-8")


def ids_of(items, pred):
    return [e["id"] for e in items if pred(e)]


def write_readme(out, items, mappings, files):
    def ev(pred):
        found = ids_of(items, pred)
        return ", ".join(found) if found else "(none)"

    iam05 = ev(lambda e: "IAM-05" in e["controls"] and e["type"] != "procedure")
    ops03 = ev(lambda e: "OPS-03" in e["controls"] and e["type"] == "scan")
    stale = ev(lambda e: e.get("tag") == "dataclass")
    unapproved = ev(lambda e: e.get("tag") == "coding")
    outside = ev(lambda e: e["performed"] < date(2026, 1, 1) and e["type"] not in ("policy", "procedure", "standard",
                                                                                      "plan"))
    nofile = sum(1 for e in items if not e["file"])
    owner_of_control = {c["id"]: c["owner"] for c in CONTROLS}
    owner_rows = {}
    for m in mappings:
        owner_rows[owner_of_control[m[0]]] = owner_rows.get(owner_of_control[m[0]], 0) + 1
    top = max(sorted(owner_rows.items()), key=lambda kv: kv[1])
    total_bytes = sum(len(b) for b in files.values())
    hashed = sum(1 for e in items if e["sha"])
    text = README.format(
        controls=len(CONTROLS), mappings=len(mappings),
        soc_rows=sum(1 for m in mappings if m[1] == "SOC2"), iso_rows=sum(1 for m in mappings if m[1] == "ISO27001"),
        evidence=len(items), docs=sum(1 for e in items if e["type"] in ("policy", "procedure", "standard", "plan")),
        nofile=nofile, files=len(files), kb=total_bytes // 1024, hashed=hashed, excluded=len(APPLICABILITY), included=len(INCLUSIONS),
        top_owner=top[0], top_rows=top[1], top_pct=round(100 * top[1] / len(mappings)),
        iam05=iam05, ops03=ops03, stale=stale, unapproved=unapproved, outside=outside)
    (out / "README.md").write_text(text, encoding="utf-8")


README = """\
# Demo input: Northwind Analytics Ltd

Generated by `tools/demo/generate_demo.py` (fixed seed; `python3 tools/demo/generate_demo.py` rewrites this folder
byte for byte). Everything here is invented: the company, the people (`@northwind.example`), the numbers and the
documents. Do not edit the files by hand; change the generator and run it again.

## The organisation

Northwind Analytics Ltd (about 180 staff, London) sells the **Northwind Insights Platform**, a multi-tenant B2B
SaaS analytics product hosted entirely on AWS (eu-west-2, DR in eu-west-1). It runs one ISMS certified to
ISO/IEC 27001:2022 and reports through SOC 2 (security, availability, confidentiality). "Today" is 2026-11-29; the
SOC 2 Type II period is 2026-01-01..2026-12-31 and the evidence runs from December 2025 to 27 November 2026 (the
last export of the two daily controls, CM-05 and AV-01, is dated 28 November because daily slices are due up to
the day before as-of).

## Files

| file | content |
| --- | --- |
| `controls.csv` | {controls} controls in 12 families (GOV, HR, IAM, CM, OPS, IR, BCP, AV, CF, VEN, RSK, PHY), 9 owners, all eight frequencies; extra column `control_family` |
| `mappings.csv` | {mappings} rows ({soc_rows} SOC 2, {iso_rows} ISO 27001) with OSCAL relationships and a rationale per row; coverage filled on every third row, always consistent with the relationship |
| `evidence.csv` | {evidence} evidence items ({docs} documents, the rest operational records); {nofile} ticket references have no file; {hashed} items carry a sha256 |
| `evidence/` | {files} files, {kb} KB: policies (Markdown), CSV exports, AWS Config-like JSON, log excerpts, small valid PNG screenshots and PDF reports |
| `applicability.csv` | {excluded} ISO Annex A exclusions (data-centre physical controls and outsourced development), each justified, and {included} inclusions with their justification (A.5.6, A.5.32, A.7.14 and A.8.11 are left without one: the SoA flags them) |
| `requests.csv` | the auditor's request list: 52 requests (PBC-001..PBC-052), 40 asking for one control's evidence (or a SOC 2 criterion's), then 12 seeded: restore tests never received (AV-03), a planned control (PHY-01, IAM-10), a criterion without an implemented control (CC6.4), an ISO control without a control (A.7.1), the office network outside the SOC 2 boundary (PHY-02); written by `tools/demo/demo_requests.py` |
| `remediation.csv` | target dates for 8 remediation items: AV-03 (2026-10-31) and IAM-05 (2026-11-15) overdue as of 2026-11-29, OPS-03 closed, ISO27001:A.5.32 overdue in ISO packs |
| `scope.yaml` | system description, services, environments, teams, third parties, data flows, boundaries, complementary user entity controls; the SOC 2 description sections (DC 2018: principal service commitments, system requirements, system components, incidents, CUECs, AWS and Okta carved out with their CSOCs, significant changes); `soc2_boundary: [prod, platform]`, `isms_scope: [prod, platform, corp-it, office-london]` |

Controls tagged `corp-it` always also carry `platform` or `prod`, so only PHY-02 lies wholly outside the SOC 2
boundary.

## Seeded problems (what the first pack should show)

The demo must run without input ERRORS. These are the deliberate audit observations, for the SOC 2 Type II job
(`jobs/soc2-type2.yaml`) run with `--as-of 2026-11-29`:

| # | problem | where | expected result |
| --- | --- | --- | --- |
| 1 | missed quarter | IAM-05 (quarterly business application access review): records {iam05}, none in Q2 | IAM-05 `inconsistent` (3 of 4 due quarters covered: Q4 counts as it has already operated); gap `inconsistent_performance` on CC6.2, CC6.3 and A.5.18 |
| 2 | monthly control missing two months | OPS-03 (monthly vulnerability scan): records {ops03}; no May, no August | OPS-03 `inconsistent` (9 of 11 due months: November counts as it has already operated); gap `inconsistent_performance` on CC7.1 and A.8.8 |
| 3 | control with no records | AV-03 (quarterly backup restore test) has no evidence at all | AV-03 `no_records`; gap `missing_operational_record` on A1.3, A1.2 and A.8.13; `crosswalk.mapping_without_evidence` on its 3 mapping rows |
| 4 | stale policy | CF-01's only document {stale}, Data Classification and Handling Policy v1.3, approved 2025-06-15 (more than 12 months before 2026-11-29) | WARNING `evidence.document_stale`; gap `missing_documentation` on C1.1, A.5.12, A.5.13 |
| 5 | missing owner | RSK-03 (fraud risk assessment) has a blank owner | WARNING `control.owner_missing`; the control is still used (CC3.3 stays covered) |
| 6 | untestable control | HR-06 (disciplinary process) has a blank expected_evidence and no operational records | WARNING `control.untestable`; its approved procedure counts as evidence, so no `crosswalk.mapping_without_evidence`; an `event` control without an occurrence: `not_yet_due` (CC1.5 too) while the period and its 5-day lag run (to 2027-01-05), `no_records` from 2027-01-06 |
| 7 | unapproved document | {unapproved}, Secure Coding Standard v2.0 (CM-03), blank approved_by | WARNING `evidence.document_unapproved`; it still counts as CM-03's current document |
| 8 | evidence outside the period | {outside}, IAM-06 privileged session review dated 2025-12-10 | WARNING `evidence.outside_period`; it covers no slice (IAM-06 is still effective on its 2026 records) |
| 9 | planned control on a criterion | PHY-01 (status `planned`) is the only control mapped to CC6.4 | CC6.4 design `missing_control`; gap `missing_control` and remediation item `SOC2:CC6.4` |
| 10 | control outside the SOC 2 boundary | PHY-02 (London office network) is scoped `office-london` only | WARNING `scope.outside_soc2_boundary`; it lends nothing to CC6.6 in SOC 2 but counts for ISO A.8.20/A.8.22 |
| 11 | scope drift | `soc2_boundary` [prod, platform] vs `isms_scope` [prod, platform, corp-it, office-london] | WARNING `crosswalk.scope_drift` for `corp-it` and for `office-london` |

Also by design:

- IAM-10 is a second `planned` control (hardware keys); its criteria are covered by other controls.
- ISO gaps left open on purpose (applicable, no control): A.7.1, A.7.2, A.7.3 (London office physical security,
  planned for 2027), A.5.32 (intellectual property rights) and A.8.11 (data masking) give `missing_control` in
  ISO 27001 packages. A.7.4, A.7.5, A.7.6, A.7.8, A.7.11, A.7.12, A.7.13 and A.8.30 are excluded in
  `applicability.csv` (design `not_applicable`).
- All 33 common criteria, A1.1-A1.3 and C1.1-C1.2 have an implemented control except CC6.4; all 30 ISO clauses
  are covered (parent clauses 6.1, 7.5, 9.2 and 9.3 are mapped and cover their sub-clauses).
- The largest owner ({top_owner}) holds {top_rows} of {mappings} mapping rows ({top_pct}%): no
  `crosswalk.owner_concentration`.
- `crosswalk.mapping_without_evidence` is expected for AV-03 only, on its two SOC 2 rows in the SOC 2 packs (any
  counting evidence, documents included, is evidence behind a mapping; HR-06 has its procedure).
- The period jobs set `collection_lag: 5d`: a slice is due five days after its last day. A slice still open at
  2026-11-29 (or in its lag) counts as due and covered once a record speaks for it: annual controls that have
  operated in 2026, and the November slice, Q4 and H2 of controls that already have a record there, are judged
  `effective`; slices without a record yet are pending. Event controls are judged on their occurrences: HR-01,
  HR-07 and IAM-02 on the rows of their populations (`populations.csv`, below; an occurrence without a record is
  missed once its day plus the lag has passed), the others (HR-02 with its ten new-hire records, CM-02, ...) on
  their records, each record in the period one occurrence, due and covered.
- Records run to 28 November: run at a later as-of without new records, AV-01 and CM-05 (daily) miss 2026-11-29
  from 2026-12-05 on (its lag ended on 2026-12-04), and the open slices of the other controls fall due one by one.
- Point-in-time jobs pinned before 27 November (Type I at 2026-06-30, Stage 1 at 2026-10-15) see the later
  evidence as `evidence.after_as_of` findings: that is expected for a catalogue that runs to November. All
  documents except the Incident Response Plan v3.1 (2026-09-14) are approved by 2026-06-30, so documentation is
  current for them apart from CF-01.

## Expected figures (worked out by `tools/demo/check_demo.py`, an independent re-implementation of the math)

SOC 2 Type II, `--as-of 2026-11-29` (38 criteria in scope: 33 CC + A1.1-A1.3 + C1.1-C1.2):

- design: 28 covered, 9 partial, 1 missing_control (CC6.4);
- operating: 29 effective, 5 inconsistent (CC1.4, CC6.2, CC6.3, CC6.5, CC7.1), 2 no_records (A1.2, A1.3),
  1 not_yet_due (CC1.5: HR-06 has no occurrence yet), CC6.4 not_implemented;
- controls with problems: IAM-05 and OPS-03 `inconsistent`; HR-01 (10 of 12 hires), HR-07 (6 of 7 leavers) and
  IAM-02 (9 of 11 requests) `inconsistent` on their populations; AV-03 `no_records`; HR-06 `not_yet_due`; every
  other implemented control is `effective`;
- 12 gaps: missing_control SOC2 CC6.4; inconsistent_performance CC1.4/HR-01, CC6.2/HR-07, CC6.5/HR-07,
  CC6.2/IAM-02, CC6.3/IAM-02, CC6.2/IAM-05, CC6.3/IAM-05, CC7.1/OPS-03; missing_operational_record A1.2/AV-03,
  A1.3/AV-03; missing_documentation C1.1/CF-01;
- remediation plan (documented sort): 1 `SOC2:CC6.4` (missing_control), 2 AV-03, 3 HR-07, 4 IAM-02, 5 IAM-05,
  6 HR-01, 7 OPS-03, 8 CF-01.

SOC 2 Type II, `--as-of 2026-12-05` (no new records): operating 27 effective, 7 inconsistent (CC1.4, CC5.2,
CC6.2, CC6.3, CC6.5, CC7.1, CC8.1: AV-01 and CM-05 now miss 2026-11-29), 2 no_records, 1 not_yet_due (CC1.5);
16 gaps.

ISO 27001 Stage 2 over the same period (30 clauses + 85 applicable Annex A controls = 115 in scope; 8 excluded):

- design: 92 covered, 18 partial, 5 missing_control (A.5.32, A.7.1, A.7.2, A.7.3, A.8.11);
- gaps: those 5 missing_control, inconsistent_performance A.5.11/HR-07, A.5.15/IAM-02, A.5.18/HR-07,
  A.5.18/IAM-02, A.5.18/IAM-05, A.6.1/HR-01, A.6.5/HR-07 and A.8.8/OPS-03, missing_operational_record
  A.8.13/AV-03, missing_documentation A.5.12/CF-01 and A.5.13/CF-01 (16 gaps).

Management review (both frameworks, same period): the 28 gaps above (12 SOC 2 + 16 ISO 27001). The seven control
items close gaps in both frameworks and so rank first: 1 AV-03, 2 HR-07 (5 gaps), 3 IAM-02 (4 gaps), 4 IAM-05
(3 gaps), 5 HR-01 (2 gaps), 6 OPS-03 (2 gaps), 7 CF-01; then the six requirement items (missing_control, one framework each) in ID order, the five ISO 27001 ones
(A.5.32, A.7.1, A.7.2, A.7.3, A.8.11) before `SOC2:CC6.4`.

Point-in-time packs: SOC 2 Type I at 2026-06-30 shows missing_control CC6.4 and missing_documentation C1.1/CF-01;
ISO Stage 1 at 2026-10-15 shows the five ISO missing_control gaps and missing_documentation A.5.12/A.5.13 for CF-01.
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_out = Path(__file__).resolve().parents[2] / "input"
    parser.add_argument("--out", type=Path, default=default_out, help="folder to (re)write (default: input/)")
    args = parser.parse_args()
    items, files = build(args.out)
    print("wrote {}: {} controls, {} evidence items, {} files, {} bytes".format(
        args.out, len(CONTROLS), len(items), len(files), sum(len(b) for b in files.values())))


if __name__ == "__main__":
    main()
