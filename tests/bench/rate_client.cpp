// A tiny open-loop HTTP/1.1 load client (wrk2 is not in Debian): it sends
// requests at a fixed rate over keep-alive connections to 127.0.0.1 and
// measures each latency from the moment the request was *due*, so a slow
// answer that delays the next ones counts against the server (no
// coordinated omission).
//
// Usage: bench_rate_client PORT PATH RATE SECONDS CONNECTIONS [HEADER_FILE BODY_FILE]
// POSTs BODY_FILE with the extra header lines of HEADER_FILE when given,
// GETs otherwise. Prints requests, non-2xx answers, the achieved rate and
// p50/p90/p99/max latency in ms; exits 1 if any request failed.
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <deque>
#include <fstream>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sstream>
#include <string>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Connection
{
    int fd = -1;
    bool busy = false;
    Clock::time_point due; ///< when the request in flight was due
    std::string in;
};

std::string readFile(const char *path)
{
    std::ifstream file(path, std::ios::binary);
    std::ostringstream out;
    out << file.rdbuf();
    return out.str();
}

int connectTo(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::perror("connect");
        std::exit(1);
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

/// The length of one whole response at the start of @p in, with its status; 0 while incomplete.
size_t completeResponse(const std::string &in, int *status)
{
    const size_t end = in.find("\r\n\r\n");
    if (end == std::string::npos)
        return 0;
    *status = std::atoi(in.c_str() + in.find(' ') + 1);
    size_t length = 0;
    std::string headers = in.substr(0, end);
    std::transform(
        headers.begin(), headers.end(), headers.begin(), [](unsigned char c) { return std::tolower(c); });
    const size_t at = headers.find("\r\ncontent-length:");
    if (at != std::string::npos)
        length = std::strtoul(headers.c_str() + at + 17, nullptr, 10);
    return in.size() >= end + 4 + length ? end + 4 + length : 0;
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t i = std::min(sorted.size() - 1, static_cast<size_t>(p / 100.0 * sorted.size()));
    return sorted[i];
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 6 && argc != 8) {
        std::fprintf(
            stderr, "usage: %s PORT PATH RATE SECONDS CONNECTIONS [HEADER_FILE BODY_FILE]\n", argv[0]);
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const std::string path = argv[2];
    const double rate = std::atof(argv[3]);
    const double seconds = std::atof(argv[4]);
    const int connections = std::max(1, std::atoi(argv[5]));
    std::string request;
    if (argc == 8) {
        const std::string body = readFile(argv[7]);
        request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + readFile(argv[6])
            + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
    } else {
        request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    }

    std::vector<Connection> pool(static_cast<size_t>(connections));
    for (Connection &c : pool)
        c.fd = connectTo(port);
    const auto interval
        = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(1.0 / rate));
    const long total = static_cast<long>(rate * seconds);
    std::deque<Clock::time_point> waiting; // due, but every connection busy
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(total));
    long scheduled = 0;
    long failed = 0;
    const Clock::time_point start = Clock::now();
    std::vector<pollfd> fds(pool.size());

    while (static_cast<long>(latencies.size()) + failed < total) {
        const Clock::time_point now = Clock::now();
        while (scheduled < total && start + scheduled * interval <= now)
            waiting.push_back(start + scheduled++ * interval);
        for (Connection &c : pool) {
            if (c.busy || waiting.empty())
                continue;
            c.due = waiting.front();
            waiting.pop_front();
            if (::send(c.fd, request.data(), request.size(), MSG_NOSIGNAL)
                != static_cast<ssize_t>(request.size())) {
                std::perror("send");
                return 1;
            }
            c.busy = true;
        }
        // Sleep until the next request is due (to the nanosecond: a spinning
        // client would take the CPU the server needs) or an answer comes.
        timespec timeout { 0, 100 * 1000 * 1000 };
        if (scheduled < total) {
            const auto next = std::max(Clock::duration::zero(), start + scheduled * interval - Clock::now());
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(next).count();
            timeout = { static_cast<time_t>(ns / 1000000000), static_cast<long>(ns % 1000000000) };
        }
        for (size_t i = 0; i < pool.size(); ++i)
            fds[i] = { pool[i].fd, POLLIN, 0 };
        if (::ppoll(fds.data(), fds.size(), &timeout, nullptr) < 0 && errno != EINTR) {
            std::perror("poll");
            return 1;
        }
        for (size_t i = 0; i < pool.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            Connection &c = pool[i];
            char buffer[16384];
            const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                std::fprintf(stderr, "connection closed by the server\n");
                return 1;
            }
            c.in.append(buffer, static_cast<size_t>(n));
            int status = 0;
            if (const size_t length = completeResponse(c.in, &status)) {
                c.in.erase(0, length);
                c.busy = false;
                if (status < 200 || status >= 300)
                    ++failed;
                else
                    latencies.push_back(
                        std::chrono::duration<double, std::milli>(Clock::now() - c.due).count());
            }
        }
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(latencies.begin(), latencies.end());
    std::printf("requests %ld non2xx %ld rate %.1f p50 %.3f p90 %.3f p99 %.3f max %.3f\n", total, failed,
        total / elapsed, percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
        latencies.empty() ? 0.0 : latencies.back());
    for (Connection &c : pool)
        ::close(c.fd);
    return failed == 0 ? 0 : 1;
}
