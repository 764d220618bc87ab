"""Validators for the built-in ``internal`` rules (``validator = "private_ip"`` in ``rules/internal``).

Kept apart from :mod:`promptscrub.validators` (personal data) so each family owns its checks; that
module merges :data:`INTERNAL_VALIDATORS` into its ``VALIDATORS``. The point of each check is the same:
a regex finds the shape, the validator drops the values that are shaped right but say nothing about a
company — a range's own base address, the documentation's sample account, the metadata endpoint.
Stdlib only, imported lazily by the engine.
"""
from __future__ import annotations

import ipaddress

from .detectors import _lazyre  # compiled on first use, from the regex code cache: not at every start

TYPE_CHECKING = False  # (not ``typing``'s: importing typing costs a one-line redact ~3 ms)
if TYPE_CHECKING:
    from collections.abc import Callable

#: IPv4 ranges whose addresses are private to an organisation (RFC 1918, CGNAT RFC 6598, link-local).
PRIVATE_V4 = tuple(ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "169.254.0.0/16"))
#: IPv6 unique-local (fc00::/7) and link-local (fe80::/10).
PRIVATE_V6 = tuple(ipaddress.IPv6Network(n) for n in ("fc00::/7", "fe80::/10"))
#: Addresses every network document mentions: the ranges' own bounds, their first hosts and the consumer-router
#: default 192.168.1.1 (the default gateway of countless networks), and the cloud metadata endpoint.
#: They identify no company, and redacting them would only make documentation harder to discuss.
#: The public anycast services every resolv.conf, CoreDNS Corefile, DHCP scope and firewall rule names: the
#: open DNS resolvers of Google, Cloudflare, Quad9, OpenDNS, AdGuard, Level 3, Verisign, Yandex, CleanBrowsing,
#: Comodo, DNS.WATCH, Hurricane Electric and Neustar, and the NTP anycast addresses of Cloudflare and Google.
#: Each is one service's published address, the same for everyone: no person's connection, no company's network.
PUBLIC_SERVICE_V4 = frozenset("""
    8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 1.1.1.2 1.0.0.2 1.1.1.3 1.0.0.3
    9.9.9.9 149.112.112.112 9.9.9.10 149.112.112.10 9.9.9.11 149.112.112.11 9.9.9.12 149.112.112.12
    208.67.222.222 208.67.220.220 208.67.222.123 208.67.220.123 208.67.222.220 208.67.220.222
    94.140.14.14 94.140.15.15 94.140.14.15 94.140.15.16 94.140.14.140 94.140.14.141
    4.2.2.1 4.2.2.2 4.2.2.3 4.2.2.4 4.2.2.5 4.2.2.6 64.6.64.6 64.6.65.6 77.88.8.8 77.88.8.1 77.88.8.88 77.88.8.2
    185.228.168.9 185.228.169.9 185.228.168.168 185.228.169.168 8.26.56.26 8.20.247.20 84.200.69.80 84.200.70.40
    74.82.42.42 156.154.70.1 156.154.71.1 76.76.19.19 76.223.122.150
    162.159.200.1 162.159.200.123 216.239.35.4 216.239.35.8 216.239.35.12
""".split())
#: Addresses every network document mentions: the ranges' own bounds, their first hosts and the consumer-router
#: default 192.168.1.1 (the default gateway of countless networks), the cloud metadata endpoint, the cluster
#: DNS and API service addresses kubeadm, EKS and AKS give every cluster by default (10.96.0.10, 10.96.0.1,
#: 10.100.0.10, 172.20.0.10: a pod's resolv.conf; AKS's 10.0.0.10 is also a common first host of real networks,
#: so it stays), and the public resolvers above. They identify no company and no person (the personal-data ``ipv4`` validator reads this set
#: too), and redacting them would only make documentation harder to discuss.
GENERIC_V4 = frozenset(
    {"10.0.0.0", "10.255.255.255", "172.16.0.0", "172.31.255.255", "192.168.0.0", "192.168.255.255",
     "100.64.0.0", "100.127.255.255", "169.254.0.0", "169.254.255.255", "169.254.169.254", "169.254.170.2",
     "10.0.0.1", "172.16.0.1", "192.168.0.1", "192.168.1.1", "100.64.0.1",
     "10.96.0.1", "10.96.0.10", "10.100.0.10", "172.20.0.10"}
) | PUBLIC_SERVICE_V4
#: Account ids that AWS documentation reserves for examples.
AWS_SAMPLE_ACCOUNTS = frozenset({"123456789012", "111122223333", "444455556666", "777788889999", "210987654321", "000000000000"})


def private_ip(value: str) -> bool:
    """An address inside a private or link-local range, other than the ranges' well-known bounds."""
    core = value.split("%", 1)[0]
    try:
        addr = ipaddress.ip_address(core)
    except ValueError:
        return False
    if addr.version == 4:
        return str(addr) not in GENERIC_V4 and any(addr in net for net in PRIVATE_V4)
    if not any(addr in net for net in PRIVATE_V6):
        return False
    # fe80:: or fd00:: alone names a range, not a host
    return int(addr) & ((1 << 112) - 1) != 0


def aws_account_id(value: str) -> bool:
    """Twelve digits (dashes allowed, as the console prints them), not a documentation sample or one digit repeated."""
    d = value.replace("-", "")
    return len(d) == 12 and d.isdigit() and d not in AWS_SAMPLE_ACCOUNTS and len(set(d)) > 1


#: First labels that make ``x.local`` / ``x.internal`` an attribute access in code, or a documentation stand-in.
NOT_HOST_LABELS = frozenset(
    "self this cls super threading thread _thread os sys ctx context obj config settings args opts options "
    "request req response res module exports window document np pd py builtins typing ctypes numpy torch tf jnp "
    "example examples your-domain yourdomain "
    "mydomain mycompany yourcompany company domain chart-example".split()
)
#: Whole names that tools and vendors document as defaults, the same on every machine: Helm's placeholder
#: ingress host (``chart-example.local``), the names Docker Desktop, Podman and minikube give the host and
#: the cluster (``host.docker.internal``), the default mDNS names of a Raspberry Pi, Home Assistant and
#: OctoPrint, and the tutorials' ``myapp.local``. They say nothing about a company; a name *under* one of
#: them (``grafana.myapp.local``) or one only starting like it (``myapp.corp.local``) is still a host.
WELL_KNOWN_HOSTS = frozenset(
    "chart-example.local myapp.local my-app.local host.docker.internal gateway.docker.internal "
    "kubernetes.docker.internal host.containers.internal host.minikube.internal control-plane.minikube.internal "
    "raspberrypi.local homeassistant.local octopi.local".split()
)


#: Namespaces Kubernetes itself creates and those that widely used add-ons install into (their docs fix
#: the name): every cluster has them, so they say nothing about a company. rules/internal/kubernetes.toml
#: spells the same list in its older rules' regexes.
PUBLIC_NAMESPACES = frozenset(
    "default kube-system kube-public kube-node-lease ingress-nginx cert-manager istio-system istio-ingress linkerd "
    "argocd flux-system monitoring gatekeeper-system kyverno calico-system tigera-operator metallb-system "
    "local-path-storage kubernetes-dashboard velero keda external-secrets external-dns knative-serving "
    "tekton-pipelines olm operators".split()
)
#: Tokens of a documentation stand-in namespace (``my-namespace``, ``your-ns``, ``example-app``) ...
_NAMESPACE_PLACEHOLDER_TOKENS = frozenset("my your example examples sample foo bar baz xxx placeholder changeme".split())
#: ... and the words of a namespace that names its own slot (``target-namespace``, ``some-ns``, ``new-namespace``).
_NAMESPACE_SLOT_WORDS = frozenset("namespace namespaces ns name some other new target custom the a".split())


def k8s_namespace(value: str) -> bool:
    """A Kubernetes namespace of a company: a DNS label (at most 63 lower-case letters, digits and dashes),
    not one every cluster has (``kube-system``, ``ingress-nginx``: :data:`PUBLIC_NAMESPACES`) and not a
    documentation stand-in (``my-namespace``, ``your-ns``, ``target-namespace``)."""
    if not (1 <= len(value) <= 63) or value != value.lower() or value in PUBLIC_NAMESPACES:
        return False
    tokens = value.split("-")
    return not any(t in _NAMESPACE_PLACEHOLDER_TOKENS for t in tokens) and not all(t in _NAMESPACE_SLOT_WORDS for t in tokens)


def standard_cluster_name(value: str) -> bool:
    """A DNS name every Kubernetes cluster has: the default cluster domain ``cluster.local`` (CoreDNS's
    ``kubernetes cluster.local ...`` block, a pod's resolv.conf search list), ``svc.cluster.local``, a
    public namespace's ``kube-system.svc.cluster.local``, the API server's ``kubernetes.default.svc`` and
    the services of the add-ons in :data:`PUBLIC_NAMESPACES` (``kube-dns.kube-system.svc``). A company's
    namespace or service under the same suffixes (``ledger.payments.svc``) is none of these."""
    labels = value.rstrip(".").lower().split(".")
    if labels[-2:] == ["cluster", "local"]:
        labels = labels[:-2]
        if not labels:
            return True
    if not labels or labels[-1] != "svc":
        return False
    rest = labels[:-1]
    if len(rest) <= 1:
        return not rest or rest[0] in PUBLIC_NAMESPACES
    if len(rest) == 2:
        service, namespace = rest
        return (service, namespace) == ("kubernetes", "default") or (namespace != "default" and namespace in PUBLIC_NAMESPACES)
    return False


def k8s_service_host(value: str) -> bool:
    """A service DNS name (``<svc>.<namespace>.svc[.cluster.local]``) that is a company's, not one every
    cluster has (:func:`standard_cluster_name`)."""
    return not standard_cluster_name(value)


def internal_hostname(value: str) -> bool:
    """Labels of a real host name: not an attribute chain in code (``self.local``, ``Foo.internal``), not
    ``example.local`` nor a tool's documented default (``chart-example.local``, ``host.docker.internal``),
    nor a name every Kubernetes cluster has (``cluster.local``, ``kube-system.svc.cluster.local``)."""
    labels = value.rstrip(".").split(".")
    if labels[0].lower() in NOT_HOST_LABELS or value.rstrip(".").lower() in WELL_KNOWN_HOSTS or standard_cluster_name(value):
        return False
    # PascalCase/camelCase labels are identifiers; hosts are all lower (or, on Windows, all upper) case
    return not any(lab != lab.lower() and lab != lab.upper() for lab in labels)


def tenant_hostname(value: str) -> bool:
    """A customer's host under a vendor's domain (``acme.jfrog.io``): not a documentation stand-in
    (``example.okta.com``, ``mycompany.jfrog.io``). Unlike :func:`internal_hostname`, mixed case is kept:
    a fixed vendor suffix is never an attribute chain in code, and a generated tenant label
    (``Xq7TbR.jfrog.io``) is often mixed case as pasted from a console."""
    return value.rstrip(".").split(".")[0].lower() not in NOT_HOST_LABELS


def nonzero_guid(value: str) -> bool:
    """A GUID that carries information: not all zeros, not one repeated digit (``11111111-...``)."""
    hexes = value.replace("-", "").lower()
    return len(hexes) == 32 and len(set(hexes)) > 2


#: Prefixes of PREFIX-123 keys that are no company's tickets: standards, encodings, hashes and ciphers,
#: advisories, protocols, proposals, numbered words (STEP-2), and public trackers that library code
#: cites (GH-123; the Apache and OpenJDK projects: SPARK-, ARROW-, JDK-).
PUBLIC_KEY_PREFIXES = frozenset("""
    RFC ISO IEC IEEE ANSI DIN EN BS ECMA ETSI ITU NIST NISTIR FIPS SP PCI SOC HIPAA ASTM JIS GB
    NEN VDE BSI ISAE SSAE NIS PSD MIFID BASEL IFRS IAS GAAP NFPA UL EU POSIX
    UTF UCS CP LATIN ASCII BASE EBCDIC KOI SHA MD CRC ADLER BLAKE AES DES RSA DSA ECDSA EC ED CURVE PKCS HMAC RC SM
    KECCAK SHAKE RIPEMD MURMUR XXH FNV SIP PBKDF ARGON CHACHA SALSA POLY CAST CAMELLIA HS RS PS
    CVE CWE CAN GHSA CAPEC OSV PYSEC RUSTSEC GO MS KB USN RHSA ALAS ELSA
    TLS SSL HTTP HTTPS IP IPV TCP UDP WPA OAUTH SMB SNMP IKE DNS USB DDR LTE HDMI PCIE SATA MPEG AV VP HEVC AVC
    SSH SAML FIDO NTLM KERBEROS KRB IMAP POP WIFI CAT GDDR LPDDR RAID TPM SSE AVX
    HTML CSS SQL ECMASCRIPT CPP CXX GNU DX LZ LZMA BZIP MP PCM INT UINT FLOAT FP BF EAN UPC GTIN ISBN ISSN
    WCAG OWASP GPT BERT LLAMA CLAUDE GEMINI MISTRAL QWEN PHI TOP ARM AMD X86 WIN UTC GMT ES
    CET CEST EET PST PDT EST EDT CST MST BST JST FY
    PEP JEP JSR KEP NEP BIP EIP ERC PSR SEP TIP XEP SRFI COVID SARS MERS ICD DSM IL COX HER BRCA
    STEP PHASE PART LEVEL ROUND DAY WEEK MONTH YEAR ITEM ROW COL PAGE CHAPTER SECTION FIG TABLE SLIDE LINE NO NUM
    APPENDIX ANNEX ARTICLE ART CLAUSE PARA STAGE TIER GEN GRADE CLASS TYPE MODEL MARK MK SERIES EPISODE SEASON
    TODO FIXME VERSION REV RELEASE BUILD PR MR GH
    SPARK ARROW PARQUET HADOOP HDFS YARN HIVE HBASE KAFKA FLINK BEAM CASSANDRA ZOOKEEPER AVRO LUCENE SOLR JDK
    IMPALA CALCITE AIRFLOW NIFI TIKA PDFBOX DERBY IGNITE KUDU PHOENIX DRILL MAPREDUCE HDDS CAMEL MNG SUREFIRE
    LOG4J2 HTTPCLIENT HTTPCORE CODETOOLS KT IDEA PY QTBUG HHH HV JENKINS MDEV JRA JRASERVER CONFSERVER GROOVY
    GRADLE SPR DATAJPA BPO WFLY OCPBUGS KEYCLOAK PYTHON JAVA NODE CSHARP GODRIVER CDRIVER
""".split())


def ticket_key(value: str) -> bool:
    """A PROJ-123 key whose prefix is no standard, algorithm, advisory or public tracker (RFC-7231, UTF-8,
    SHA-256, CVE-..., GH-123): the ticket rules' regexes find the shape in context, this the exceptions."""
    return value.split("-", 1)[0].upper() not in PUBLIC_KEY_PREFIXES


#: Second-level names under the public ``.int`` TLD (treaty organisations: who.int, nato.int, apps.who.int).
#: Anything else under ``.int`` in a paste is a company's split-horizon zone (``sso-02.ams.int``).
PUBLIC_INT_ORGS = frozenset(
    "who nato itu wipo esa eumetsat ecmwf eurocontrol interpol icao wmo iom coe efta sadc ecowas au redcross "
    "icrc un unog eu ecb iarc ilo unhcr iana nic int-ref gavi osce ifrc ebrd eib cern iter oecd".split()
)
#: Labels of documentation stand-ins: a name holding one is an example, not a company's host.
DOC_LABELS = frozenset(
    "example examples your-domain yourdomain mydomain mycompany yourcompany your-company my-company company "
    "domain invalid test localhost".split()
)


def int_private_hostname(value: str) -> bool:
    """A host under ``.int`` / ``.private`` that is a company's, not a treaty organisation's (``who.int``)
    nor a code attribute (``key.private``, ``gateway.jvm.int``): :func:`internal_hostname`'s checks, a
    second-level label that is no public ``.int`` organisation, and a host-like shape that attribute chains
    lack: a dash in a two-label name (``ci-eu.private``; ``op1.int`` is code), a digit or dash in a longer
    one (``search.dc1.int``). Other names (``vault.int``, ``vault1.int``, ``search.ams.int``) are left to the
    rule that needs a host context around them."""
    if not internal_hostname(value):
        return False
    labels = value.rstrip(".").lower().split(".")
    if len(labels) < 2 or labels[-2] in PUBLIC_INT_ORGS or any(lab in DOC_LABELS for lab in labels):
        return False
    if len(labels) == 2:  # name.int: a dash (ci-eu.int); op1.int is Python's decimal internals, vault1.int needs context
        return "-" in labels[0]
    return any(c.isdigit() or c == "-" for c in "".join(labels[:-1]))


def int_private_hostname_in_context(value: str) -> bool:
    """A ``.int`` / ``.private`` host without a dash found after a scheme, ``host=``, a UNC ``\\\\`` or
    before a port: only the public-organisation and case checks apply, the context gave the shape."""
    if not internal_hostname(value):
        return False
    labels = value.rstrip(".").lower().split(".")
    return labels[-2] not in PUBLIC_INT_ORGS and not any(lab in DOC_LABELS for lab in labels)


def company_internal_host(value: str) -> bool:
    """A host or DNS zone of a company (``orders-eu.corp.acmeco.net``, zone ``corp.acmeco.io``): not an
    attribute chain, not mixed case, no documentation stand-in label (``intranet.example.com``)."""
    if not internal_hostname(value):
        return False
    return not any(lab in DOC_LABELS for lab in value.rstrip(".").lower().split("."))


#: Tokens (between dashes or dots) that mark a bucket name as a template, not a company's bucket.
BUCKET_PLACEHOLDER_TOKENS = frozenset(
    "example examples sample placeholder changeme your yours my mybucket yourbucket xxx xxxx dummy foo bar "
    "bucketname".split()
)


def s3_bucket_name(value: str) -> bool:
    """S3's naming rules (3-63 lower-case letters, digits, dots and dashes; letter or digit at both ends;
    no ``..``, no IP-address shape) plus a dash or digit (``ledger`` or ``self.bucket`` alone is more likely
    a word or an attribute), and no template token (``my-bucket``, ``your-bucket-name``, ``example-logs``)."""
    if not (3 <= len(value) <= 63) or value != value.lower() or ".." in value or ".-" in value or "-." in value:
        return False
    if not (value[0].isalnum() and value[-1].isalnum()) or value.startswith("xn--"):
        return False
    if all(p.isdigit() for p in value.split(".")) or not any(c.isalpha() for c in value):
        return False
    if not any(c.isdigit() or c == "-" for c in value):
        return False
    tokens = value.replace(".", "-").split("-")
    return not any(t in BUCKET_PLACEHOLDER_TOKENS for t in tokens) and value not in {"bucket-name", "s3-bucket", "my-s3-bucket"}


#: Words that stand for a bucket in documentation (``gs://bucket/dir/object``), and the JSON API's own first
#: segment (``storage.googleapis.com/storage/v1/b/...``)
_GCS_STAND_INS = frozenset("bucket buckets bucketname bucket-name bucket_name storage object objects".split())


def gcs_bucket_name(value: str) -> bool:
    """A Cloud Storage bucket a gs:// URI or a storage URL names: not a documentation stand-in (``bucket``,
    ``my-bucket``, ``your_bucket_name``, ``example-data``) nor the JSON API's ``storage/v1`` path."""
    v = value.lower()
    if v in _GCS_STAND_INS:
        return False
    tokens = v.replace(".", "-").replace("_", "-").split("-")
    return not any(t in BUCKET_PLACEHOLDER_TOKENS for t in tokens)


#: Tokens of template project ids (``my-project``, ``your-project-id``, ``example-project-123``).
PROJECT_PLACEHOLDER_TOKENS = frozenset("example examples sample placeholder your my changeme xxx xxxx dummy foo".split())


#: A project id that names its own slot (``project-id``, ``gcp-project``): every token is one of these words
#: (or, run together, ``myprojectid``: see ``_GLUED_SLOT``).
_PROJECT_SLOT_WORDS = frozenset("project projects id name gcp google cloud test demo".split())


def _project_placeholder(value: str) -> bool:
    """A template project id: a template token (``your-project-id``, ``example-project-123``,
    ``my-project``), or only the words of the slot itself (``project-id``, ``yourprojectid``,
    ``test-project``)."""
    tokens = value.lower().replace("_", "-").split("-")
    if any(t in PROJECT_PLACEHOLDER_TOKENS for t in tokens):
        return True
    if all(t in _PROJECT_SLOT_WORDS for t in tokens if t):
        return True
    return _GLUED_SLOT.fullmatch("".join(tokens)) is not None


_GLUED_SLOT = _lazyre.compile(r"(?:your|my)?(?:gcp|google|cloud)?projects?(?:id|name)?\d{0,3}")


def gcp_project_id(value: str) -> bool:
    """GCP's project id shape (6-30 lower-case letters, digits, dashes; a letter first, no dash last) with a
    dash in it (a bare word is more likely anything else), no template token, and not ending in a year
    (``roadmap-2024`` is a project in the everyday sense)."""
    if not (6 <= len(value) <= 30) or not value[0].isalpha() or value.endswith("-") or value != value.lower():
        return False
    if "-" not in value or "--" in value or not all(c.isalnum() or c == "-" for c in value):
        return False
    if _project_placeholder(value):
        return False
    last = value.split("-")[-1]
    return not (len(last) == 4 and last.isdigit() and last[:2] in {"19", "20"})


def gcp_project_ref(value: str) -> bool:
    """A project id (or number) in a place that holds one (a project_id key, --project, projects/<id>/,
    gcr.io/<id>/, <sa>@<id>.iam...): anything the rule's shape let through except a template
    (``your-project-id``, ``my-project``, ``example-project-123``; see :func:`_project_placeholder`)."""
    return value.isdigit() or not _project_placeholder(value)


INTERNAL_VALIDATORS: dict[str, Callable[[str], bool]] = {
    "ticket_key": ticket_key,
    "private_ip": private_ip,
    "aws_account_id": aws_account_id,
    "nonzero_guid": nonzero_guid,
    "internal_hostname": internal_hostname,
    "k8s_namespace": k8s_namespace,
    "k8s_service_host": k8s_service_host,
    "tenant_hostname": tenant_hostname,
    "int_private_hostname": int_private_hostname,
    "int_private_hostname_in_context": int_private_hostname_in_context,
    "company_internal_host": company_internal_host,
    "gcs_bucket_name": gcs_bucket_name,
    "s3_bucket_name": s3_bucket_name,
    "gcp_project_id": gcp_project_id,
    "gcp_project_ref": gcp_project_ref,
}
