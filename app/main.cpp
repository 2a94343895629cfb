#include "bootstrap.h"

int main(int argc, char *argv[])
{
    return pressdesk::Bootstrap::run(argc, argv);
}
