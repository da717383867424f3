package kr.oneteam.app.api;

import kr.oneteam.app.Api;
import kr.oneteam.app.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class ConcurrentIntakeOnH2Test extends ConcurrentIntakeContract {

    @LocalServerPort
    int port;

    @Override
    Api api() {
        return new Api(port);
    }

    @Override
    String prefix() {
        return "H2";
    }
}
